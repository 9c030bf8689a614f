import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages } from '../helpers/dist.ts';
import { JS_BEFORE_INTERACTION, measurePage, type PageWeight } from '../helpers/page-weight.ts';

/** Page-weight budgets for readers on slow phones, in gzip bytes (1 KB = 1024 bytes). */
const KB = 1024;
const BUDGET = {
	htmlEach: 14 * KB,
	// 8.5 KB from 1 December 2026, when every citation began to name its article (the median went from 6.7 to
	// 7.9 KB); back to 7 KB once the header search dialog was built on first use instead of sent with every page
	// (0.5 KB gzip) and the magnifier moved into the stylesheet (0.1 KB), which also paid for the share-image tags.
	// Later it was 7,280 B again, over; moving the hidden search fields out of the pages (Pagefind gets them at
	// index time, 196 B gzip on the median page, up to 593 B) brought it to 7,086 B (largest page 13,497 → 13,368 B).
	// 7.2 KB from December 2026 (issue 19): 42 sources named by their real headline instead of their URL slug (a
	// slug compressed almost free against the link beside it; a headline is new text) and the month of the newest
	// report beside "facts checked" on every page (33 B) took the median from 7,086 to 7,280 B.
	// 7.6 KB from 7 December 2026 (issue 21): the grouped menu that puts every page two taps away sits in every
	// page's header (about 410 B gzip on the median page, 90 B of it the commodity profiles); the median is
	// 7,657 B. What would win it back: the menu as its own page behind the "Menu" link (still two taps, but no
	// groups on wide screens), or a shorter header search form (about 250 B).
	// The four parts of the source list joined the menu under the sources page (short names, "Berita 2"): 34 B
	// gzip on the median page, and the header tagline's date kept on one line (two no-break spaces) 15 B: the
	// median went 7,656 → 7,705 B (77 B left) and the largest page (en/glossary) 14,237 → 14,288 B (48 B left).
	htmlMedian: 7.6 * KB,
	css: 10 * KB,
	jsBeforeInteraction: JS_BEFORE_INTERACTION,
	blockingStylesheets: 1,
} as const;

assertBuilt();
const weights: PageWeight[] = listPages().map((file) => measurePage(file));

const kb = (bytes: number): string => (bytes / KB).toFixed(1);
const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The heaviest pages by one measure, as lines to print when a budget fails. */
function heaviest(measure: keyof Pick<PageWeight, 'html' | 'css' | 'js'>, count = 5): string {
	return [...weights]
		.sort((a, b) => b[measure] - a[measure])
		.slice(0, count)
		.map((w) => `  ${kb(w[measure]).padStart(6)} KB  ${w.file}`)
		.join('\n');
}

/** The measured numbers of every page, heaviest HTML first, so the test output shows them. */
function summaryTable(): string {
	const rows = [...weights].sort((a, b) => b.html - a.html);
	const width = Math.max(4, ...rows.map((w) => w.file.length));
	const line = (cells: string[]): string =>
		cells.map((cell, i) => (i === 0 ? cell.padEnd(width) : cell.padStart(8))).join('  ');
	return [
		'Page weight (KB gzip)',
		line(['page', 'HTML', 'CSS', 'JS', 'blocking']),
		...rows.map((w) => line([w.file, kb(w.html), kb(w.css), kb(w.js), String(w.blockingStylesheets)])),
		line([
			`median of ${rows.length}`,
			kb(median(rows.map((w) => w.html))),
			kb(median(rows.map((w) => w.css))),
			kb(median(rows.map((w) => w.js))),
			'',
		]),
		line([
			'budget',
			`${kb(BUDGET.htmlEach)}`,
			kb(BUDGET.css),
			kb(BUDGET.jsBeforeInteraction),
			String(BUDGET.blockingStylesheets),
		]),
	].join('\n');
}

describe('page-weight budgets', () => {
	it('measures every built page', () => {
		console.log(summaryTable());
		expect(weights.length).toBeGreaterThan(0);
	});

	it(`keeps every page's HTML within ${kb(BUDGET.htmlEach)} KB gzip`, () => {
		const over = weights.filter((w) => w.html > BUDGET.htmlEach).map((w) => w.file);
		expect(over, `HTML over budget. Heaviest pages:\n${heaviest('html')}`).toEqual([]);
	});

	it(`keeps the median page's HTML within ${kb(BUDGET.htmlMedian)} KB gzip`, () => {
		const value = median(weights.map((w) => w.html));
		expect(value, `median HTML is ${kb(value)} KB. Heaviest pages:\n${heaviest('html')}`).toBeLessThanOrEqual(
			BUDGET.htmlMedian,
		);
	});

	it(`keeps all CSS a page loads within ${kb(BUDGET.css)} KB gzip`, () => {
		const over = weights.filter((w) => w.css > BUDGET.css).map((w) => w.file);
		expect(over, `CSS over budget. Heaviest pages:\n${heaviest('css')}`).toEqual([]);
	});

	it(`keeps JavaScript run before any interaction within ${kb(BUDGET.jsBeforeInteraction)} KB gzip`, () => {
		const over = weights.filter((w) => w.js > BUDGET.jsBeforeInteraction).map((w) => w.file);
		expect(
			over,
			`JavaScript over budget (load code on interaction with import()). Heaviest pages:\n${heaviest('js')}`,
		).toEqual([]);
	});

	it('blocks rendering on one stylesheet at most', () => {
		const over = weights
			.filter((w) => w.blockingStylesheets > BUDGET.blockingStylesheets)
			.map((w) => `${w.file}: ${w.blockingStylesheets}`);
		expect(over, 'pages with more than one render-blocking stylesheet (bundle them into one)').toEqual([]);
	});

	it('gives every image a width, a height and a modern format', () => {
		const bad = weights.flatMap((w) => w.badImages.map((problem) => `${w.file}: ${problem}`));
		expect(bad, 'use astro:assets <Image> or an SVG, with width and height').toEqual([]);
	});

	it('references only stylesheets and scripts that are in the build', () => {
		const missing = weights.flatMap((w) => w.missing.map((href) => `${w.file}: ${href}`));
		expect(missing).toEqual([]);
	});
});
