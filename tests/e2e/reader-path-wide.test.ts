import type { Page } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { dialogRoot, openSearchDialog, searchFor } from '../helpers/search';
import {
	checkContentsLists,
	lateSummaries,
	partsOutOfOrder,
	unreachable,
	visitEveryPage,
	type PageFacts,
} from '../helpers/reader-path';

// The reader's path on a wide screen; reader-path-phone.test.ts checks a 360 px phone, so the two
// files run side by side. Each page is loaded once, at 1280 × 800, and every check reads that visit.
assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

const WIDE = { width: 1280, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
let facts: PageFacts[] = [];
beforeAll(async () => {
	facts = await visitEveryPage(page, server.root, WIDE, { print: true });
}, 300_000);

describe('on a 1280 px desktop', () => {
	it('every page shows its parts in order: title, summary, dates, content, footnotes, cite, share', () => {
		const problems = partsOutOfOrder(facts);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('long pages list their sections under "Di halaman ini / On this page", and each link lands on its section', async () => {
		await checkContentsLists(page, server.root, DESKTOP);
	});
});

describe('the menu reaches every page in two taps', () => {
	it('on a 1280 px desktop: "Menu", then a link to any built page of the site in its language', () => {
		for (const { path, menuBefore } of facts)
			expect(menuBefore, `${path}: the menu's links show before "Menu" is tapped`).toEqual([]);
		const missing = unreachable(facts, new URL(server.root).pathname.replace(/\/$/, ''));
		expect(missing, `${missing.length} pages need more than two taps:\n${missing.slice(0, 20).join('\n')}`).toEqual([]);
	});
});

describe('the first screen', () => {
	it("at 1280 × 800, every page's title starts within 300 px of the top", () => {
		const low = facts
			.filter(({ titleTop }) => titleTop > 300)
			.map(({ path, titleTop }) => `${path}: h1 at ${Math.round(titleTop)} px`);
		expect(low, low.join('\n')).toEqual([]);
	});

	it('at 1280 × 800, the summary starts on the first screen', () => {
		const late = lateSummaries(facts, WIDE);
		expect(late, late.join('\n')).toEqual([]);
	});
});

describe('print', () => {
	it('on every page, prints no relative link address, no back-links, menu, footer, search, share or page tools', () => {
		const printed = facts.flatMap(({ path, printed = [] }) => printed.map((part) => `${path}: ${part}`));
		expect(printed, printed.slice(0, 30).join('\n')).toEqual([]);
	});

	it('on every page, prints each source once: its address in the sources sections, or at its first mention', () => {
		const twice = facts.flatMap(({ path, printedTwice = [] }) => printedTwice.map((problem) => `${path}: ${problem}`));
		expect(twice, twice.slice(0, 30).join('\n')).toEqual([]);
	});

	it('does not tint the whole main area after the skip link', async () => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`${server.root}#main`);
		const background = await page.evaluate(
			() => getComputedStyle(document.querySelector('main') as Element).backgroundColor,
		);
		expect(background).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
	});
});

describe('a glossary term found by search', () => {
	it('links to the term, not to the top of the glossary', async () => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`${server.root}en/`);
		await openSearchDialog(page);
		await searchFor(page, 'Keppres');
		const hrefs = await page
			.locator(`${dialogRoot} .search-results a`)
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(
			hrefs.some((href) => /\/en\/glossary\/#keppres$/.test(href)),
			hrefs.join('\n'),
		).toBe(true);
	});
});
