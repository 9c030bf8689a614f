import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { pageRoot, resultsFor, statusOf } from '../helpers/search';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';

assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

/** Every filter option of the search page: group, value, the count it shows (null: none) and whether it is disabled. */
const options = (p: Page): Promise<{ name: string; value: string; count: number | null; disabled: boolean }[]> =>
	p.$$eval(`${pageRoot} input[data-search-filter]`, (boxes) =>
		boxes.map((box) => {
			const input = box as HTMLInputElement;
			const shown = /\((\d+)\)/.exec(
				input.closest('label')?.querySelector('[data-filter-count]')?.textContent ?? '',
			)?.[1];
			return {
				name: input.name,
				value: input.value,
				count: shown === undefined ? null : Number(shown),
				disabled: input.disabled,
			};
		}),
	);

/** The number of results the status line announces. */
const total = async (p: Page): Promise<number> => Number(/^(\d+)/.exec(await statusOf(p, pageRoot))?.[1] ?? 0);

describe('search filters', () => {
	it('show how many results each option gives, and disable the options that give none', async () => {
		await page.goto(`${server.root}en/search/?q=crab`);
		await resultsFor(page, 'crab', pageRoot);
		await page.waitForFunction(
			(root) => document.querySelector(`${root} [data-filter-count]`)?.textContent !== '',
			pageRoot,
		);
		const shown = await options(page);
		expect(
			shown.every((option) => option.count !== null),
			'every option shows a count',
		).toBe(true);
		expect(shown.filter((option) => option.disabled)).toEqual(shown.filter((option) => option.count === 0));
		expect(
			shown.some((option) => option.count === 0),
			'some option has no result for "crab"',
		).toBe(true);
		// Within a group an option counts the results it would give: ticking it alone gives that many.
		const option = shown.find(
			(candidate) =>
				candidate.name === 'topic' &&
				(candidate.count ?? 0) > 0 &&
				(candidate.count ?? 0) < (shown.find((o) => o.name === 'audience')?.count ?? 0),
		);
		expect(option, 'a topic that narrows the results').toBeDefined();
		await page.check(`${pageRoot} input[name="topic"][value="${option?.value}"]`);
		await page.waitForURL((url) => url.searchParams.get('topic') === option?.value);
		await page.waitForFunction(
			([root, n]) => document.querySelector(`${root} [data-search-status]`)?.textContent?.startsWith(`${n} `),
			[pageRoot, option?.count] as const,
		);
		expect(await total(page)).toBe(option?.count);
		// Its own group still counts as if nothing in it were ticked, so the other topics stay open.
		const after = await options(page);
		expect(after.filter((o) => o.name === 'topic').map((o) => o.count)).toEqual(
			shown.filter((o) => o.name === 'topic').map((o) => o.count),
		);
	});

	it('lose their counts and are all enabled again when the search is cleared', async () => {
		await page.goto(`${server.root}cari/?q=kepiting`);
		await resultsFor(page, 'kepiting', pageRoot);
		await page.waitForFunction(
			(root) =>
				[...document.querySelectorAll<HTMLInputElement>(`${root} input[data-search-filter]`)].some(
					(box) => box.disabled,
				),
			pageRoot,
		);
		await page.fill(`${pageRoot} [data-search-input]`, '');
		await page.waitForFunction(
			(root) =>
				[...document.querySelectorAll<HTMLInputElement>(`${root} input[data-search-filter]`)].every(
					(box) => !box.disabled,
				),
			pageRoot,
		);
		expect((await options(page)).every((option) => option.count === null)).toBe(true);
	});
});
