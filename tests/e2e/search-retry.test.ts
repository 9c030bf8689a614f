import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { dialogRoot, openSearchDialog, resultsFor } from '../helpers/search';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';

assertBuilt();

let server: StaticServer;
let page: Page;
// The failed loads are made by routing the page's requests; a service worker would fetch them itself, out of the routes' sight.
useBrowserSession((session) => ({ server, page } = session), { context: { serviceWorkers: 'block' } });

/** The dialog's error line in English (src/i18n/ui/en.ts, `search.error`). */
const ERROR = /^Search could not load\./;

// A reader on a phone loses signal just as search loads: the next search, once back online, must work
// without a reload. Each file search fetches first is refused once, as a dropped connection refuses it.
describe('search after a failed load', () => {
	it.each([
		['Pagefind', /\/pagefind\/pagefind\.js$/],
		['the search interface', /\/_astro\/search-ui-[^/]*\.js$/],
		["the dialog's text", /\/search-dialog\/en\.json$/],
	])('shows the error when %s fails to load, and finds results when the reader searches again', async (_, file) => {
		// Matches the file whatever query a retry adds to its URL.
		const pattern = (url: URL): boolean => file.test(url.pathname);
		await page.goto(`${server.root}en/agreement/`);
		let refused = 0;
		await page.route(pattern, (route) => (refused++ === 0 ? route.abort('internetdisconnected') : route.continue()));
		try {
			await openSearchDialog(page);
			await page.fill(`${dialogRoot} [data-search-input]`, 'crab');
			// Read the error the moment it shows: when the interface itself failed, typing already retries it.
			const shown = await page.waitForFunction(
				(root) => {
					const text = document.querySelector(`${root} [data-search-status]`)?.textContent ?? '';
					return /could not load/.test(text) ? text : false;
				},
				dialogRoot,
				{ timeout: 15_000 },
			);
			expect(await shown.jsonValue()).toMatch(ERROR);
			await page.fill(`${dialogRoot} [data-search-input]`, 'governor');
			expect((await resultsFor(page, 'governor')).length).toBeGreaterThan(0);
			expect(refused, 'the file was asked for again').toBeGreaterThan(1);
		} finally {
			await page.unroute(pattern);
		}
	});
});
