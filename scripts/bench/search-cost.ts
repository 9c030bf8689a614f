/**
 * Search cost on the real built site in Chromium: time from the last keystroke
 * to the first result on the search page, cold (nothing cached) and warm (a
 * second query in the same page), and the bytes fetched for the cold query.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { fileOfPath } from '../../tests/helpers/dist.ts';
import { serveDist } from '../../tests/helpers/server.ts';

/** One language's search page and two queries that its content answers. */
const SEARCHES = [
	{ path: '/cari/', queries: ['Tarakan', 'Kaltara'] },
	{ path: '/en/search/', queries: ['Tarakan', 'border'] },
] as const;

/** Numbers for one search page. */
export interface SearchCost {
	path: string;
	coldMs: number;
	warmMs: number;
	coldBytes: number;
}

/**
 * Types a query into the page's search box and resolves with the milliseconds
 * between the last keystroke and the first new result link, measured in the page.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
	const box = page.locator('input[type="search"]').first();
	await box.fill('');
	await page.evaluate(() => {
		const state = window as unknown as { __bench: { lastKey: number; firstResult: number } };
		const region = document.querySelector('main') ?? document.body;
		const before = new Set(Array.from(region.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')));
		state.__bench = { lastKey: 0, firstResult: 0 };
		document.addEventListener('keyup', () => (state.__bench.lastKey = performance.now()), true);
		new MutationObserver((_, observer) => {
			const added = Array.from(region.querySelectorAll('a[href]')).some((a) => !before.has(a.getAttribute('href')));
			if (added && state.__bench.lastKey > 0) {
				state.__bench.firstResult = performance.now();
				observer.disconnect();
			}
		}).observe(region, { childList: true, subtree: true });
	});
	await box.pressSequentially(query, { delay: 30 });
	await page.waitForFunction(() => (window as unknown as { __bench: { firstResult: number } }).__bench.firstResult > 0, undefined, { timeout: 15_000 });
	return page.evaluate(() => {
		const { lastKey, firstResult } = (window as unknown as { __bench: { lastKey: number; firstResult: number } }).__bench;
		return firstResult - lastKey;
	});
}

/** Measures every search page that the build has; prints a clear line and returns [] when there is none. */
export async function measureSearchCost(): Promise<SearchCost[]> {
	const present = SEARCHES.filter((search) => fileOfPath(search.path));
	if (present.length === 0) {
		console.log('Search cost: skipped, the built site has no search page yet (/cari/, /en/search/). Build the site with search first.');
		return [];
	}
	const server = await serveDist({ base: process.env['BASE_PATH'] ?? '/' });
	const browser = await launchBrowser();
	const results: SearchCost[] = [];
	try {
		for (const search of present) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(new URL(search.path.slice(1), server.root).href, { waitUntil: 'load' });
			let coldBytes = 0;
			let counting = true;
			page.on('requestfinished', (request) => {
				if (!counting) return;
				void request.sizes().then((sizes) => (coldBytes += sizes.responseBodySize + sizes.responseHeadersSize));
			});
			const [cold, warm] = search.queries;
			const coldMs = await timeQuery(page, cold);
			await page.waitForLoadState('networkidle');
			counting = false;
			const warmMs = await timeQuery(page, warm);
			results.push({ path: search.path, coldMs, warmMs, coldBytes });
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return results;
}
