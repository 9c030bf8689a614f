import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';
import { openSearchDialog, pageRoot, resultsFor, searchFor } from '../helpers/search';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { foreignRequests, type PageWatch } from '../helpers/watch-page';

assertBuilt();

const pages = listPages();
const indonesian = pages.filter((file) => !file.startsWith('en/') && !isNotFoundPage(file));

let server: StaticServer;
let watch: PageWatch;
let page: Page;
useBrowserSession((session) => ({ server, watch, page } = session));

describe('reading every page and switching language, under the Content Security Policy', () => {
	it.each(indonesian)('/%s and its English version: no violation, no error, nothing from elsewhere', async (file) => {
		await page.goto(`${server.root}${pathOfFile(file).slice(1)}`);
		const violationsBefore = await watch.violations();
		await page.locator('[data-language-switch]').click();
		await page.waitForURL((url) => url.pathname.startsWith('/en/'));
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect([...violationsBefore, ...(await watch.violations())]).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(watch.failures).toEqual([]);
		expect(foreignRequests(watch.requests, server.origin)).toEqual([]);
	});

	it.each(pages.filter(isNotFoundPage))(
		'the not-found page %s: no violation, no error, nothing from elsewhere',
		async (file) => {
			const response = await page.goto(`${server.root}${file.startsWith('en/') ? 'en/' : ''}no-such-page/`);
			expect(response?.status()).toBe(404);
			expect(await watch.violations()).toEqual([]);
			expect(watch.errors.filter((line) => !/status of 404/.test(line))).toEqual([]);
			expect(foreignRequests(watch.requests, server.origin)).toEqual([]);
		},
	);

	// Read from the build, not from what the tests above happened to request, so it holds whatever ran first.
	it('covers every page: the Indonesian pages above, and every English page through their language switch', () => {
		const reached = new Set(
			indonesian.flatMap((file) => [file, fileOfPath(loadPage(file)('[data-language-switch]').attr('href') ?? '')]),
		);
		expect(pages.filter((file) => !isNotFoundPage(file) && !reached.has(file))).toEqual([]);
	});
});

describe('searching, under the Content Security Policy and without leaving the site', () => {
	const languages = [
		{ lang: 'id', home: '', search: 'cari/', query: 'kepiting' },
		{ lang: 'en', home: 'en/', search: 'en/search/', query: 'crab' },
	];

	it.each(languages)('$lang: the dialog and the search page with ?q= and filters', async ({ home, search, query }) => {
		// Earlier tests visit the 404 pages on purpose: look only at what this search logged.
		const [from, errorsFrom, failuresFrom] = [watch.requests.length, watch.errors.length, watch.failures.length];
		await page.goto(`${server.root}${home}`);
		await openSearchDialog(page);
		expect((await searchFor(page, query)).length).toBeGreaterThan(0);
		expect(await watch.violations()).toEqual([]);
		await page.goto(`${server.root}${search}?q=${query}&topic=commodities`);
		expect((await resultsFor(page, query, pageRoot)).length).toBeGreaterThan(0);
		await page.check(`${pageRoot} input[name="economy"][value="blue"]`);
		await page.waitForURL((url) => url.searchParams.get('economy') === 'blue');
		expect((await searchFor(page, query, pageRoot)).length).toBeGreaterThan(0);
		expect(await watch.violations()).toEqual([]);
		expect(watch.errors.slice(errorsFrom)).toEqual([]);
		expect(watch.failures.slice(failuresFrom)).toEqual([]);
		const during = watch.requests.slice(from);
		// The search really ran (its index was fetched), and every request it made stayed here.
		expect(during.some((url) => new URL(url).pathname.startsWith('/pagefind/'))).toBe(true);
		expect(foreignRequests(during, server.origin)).toEqual([]);
	});
});
