import type { Page } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import {
	checkContentsLists,
	lateSummaries,
	partsOutOfOrder,
	unreachable,
	visitEveryPage,
	type PageFacts,
} from '../helpers/reader-path';

// The reader's path on a 360 px phone; reader-path-wide.test.ts checks a wide screen, so the two
// files run side by side. Each page is loaded once, at 360 × 740, and every check reads that visit.
assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

const PHONE = { width: 360, height: 740 };
let facts: PageFacts[] = [];
beforeAll(async () => {
	facts = await visitEveryPage(page, server.root, PHONE, { phone: true });
}, 300_000);

describe('on a 360 px phone', () => {
	it('every page shows its parts in order: title, summary, dates, content, footnotes, cite, share', () => {
		const problems = partsOutOfOrder(facts);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('long pages list their sections under "Di halaman ini / On this page", and each link lands on its section', async () => {
		await checkContentsLists(page, server.root, PHONE);
	});
});

describe('the menu reaches every page in two taps', () => {
	it('on a 360 px phone: "Menu", then a link to any built page of the site in its language', () => {
		for (const { path, menuBefore } of facts)
			expect(menuBefore, `${path}: the menu's links show before "Menu" is tapped`).toEqual([]);
		const missing = unreachable(facts, new URL(server.root).pathname.replace(/\/$/, ''));
		expect(missing, `${missing.length} pages need more than two taps:\n${missing.slice(0, 20).join('\n')}`).toEqual([]);
	});
});

describe('the first screen', () => {
	it('at 360 × 740, the summary starts on the first screen', () => {
		const late = lateSummaries(facts, PHONE);
		expect(late, late.join('\n')).toEqual([]);
	});
});

describe('on a 360 px phone, every page', () => {
	it('keeps the article within the screen, tables scrolling inside it', () => {
		const overflowing = facts.flatMap(({ path, widths }) =>
			widths && (widths.document > 360 || widths.article > widths.column)
				? [`${path}: page ${widths.document} px, article ${widths.article} px in ${widths.column} px`]
				: [],
		);
		expect(overflowing, overflowing.join('\n')).toEqual([]);
	});

	it('has no target under 24 × 24 px without the spacing to make up for it', () => {
		const small = facts.flatMap(({ path, smallTargets = [] }) => smallTargets.map((target) => `${path}: ${target}`));
		expect(small, small.slice(0, 30).join('\n')).toEqual([]);
	});
});
