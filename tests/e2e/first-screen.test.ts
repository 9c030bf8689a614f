import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../helpers/browser-session';
import { assertBuilt, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';

assertBuilt();

/**
 * A reader who opens a shared link on a phone must see the answer without
 * scrolling: on a 360 × 740 screen the page's title and its whole summary box
 * ("Ringkasan" / "In short") lie inside the first 740 px. Every page with a
 * summary is measured: the explainers and commodity profiles, the special
 * pages and the parts of the source list, in both languages. On the fact
 * checks and the tracker the answer is the list of verdicts or statuses right
 * under the title (`.lead-answer`): that list must fit instead (its own test,
 * `tracker-first-screen.test.ts`, checks every status is visible).
 */
const SCREEN = { width: 360, height: 740 } as const;
const paths = listPages()
	.filter((file) => !isNotFoundPage(file) && loadPage(file)('.summary').length > 0)
	.map((file) => pathOfFile(file));

let page: Page;
let root = '';
useBrowserSession(
	(session) => {
		page = session.page;
		root = session.server.root;
	},
	{ context: { viewport: SCREEN } },
);

/** Where the header, the title and the summary end, in CSS px from the top of the page. */
function measure(): { header: number; title: number; summary: number } {
	const bottom = (selector: string): number => {
		const element = document.querySelector(selector);
		return element ? element.getBoundingClientRect().bottom + window.scrollY : Number.POSITIVE_INFINITY;
	};
	const answer = document.querySelector('main .lead-answer') ? 'main .lead-answer' : 'main .summary';
	return { header: bottom('.site-header'), title: bottom('main h1'), summary: bottom(answer) };
}

describe(`the title and the whole summary fit a ${SCREEN.width} × ${SCREEN.height} phone's first screen`, () => {
	it('measures every page with a summary', () => {
		expect(paths.length).toBeGreaterThan(20);
	});

	it.each(paths)('%s', async (path) => {
		await page.goto(`${root}${path.replace(/^\//, '')}`);
		const { header, title, summary } = await page.evaluate(measure);
		const end = Math.ceil(Math.max(title, summary));
		expect(
			end,
			`${path}: the header ends at ${Math.round(header)} px and the summary at ${end} px, ${end - SCREEN.height} px below the first screen`,
		).toBeLessThanOrEqual(SCREEN.height);
	});
});
