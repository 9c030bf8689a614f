/**
 * Search cost on the real built site in Chromium: time from the last keystroke
 * to the first result on the search page, cold (nothing cached) and warm (a
 * second query in the same page), and the bytes fetched for the cold query.
 */
import type { Page } from 'playwright';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, fileOfPath } from '../../tests/helpers/dist.ts';
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
	/** Bytes of the files fetched for the cold query, as served here (no compression). */
	coldBytes: number;
	/** The same files as a compressing CDN sends them (gzip where it helps; Pagefind's index is already compressed). */
	coldGzipBytes: number;
	coldRequests: number;
	/** Each file of the cold query with its size as a compressing CDN sends it, largest first. */
	coldFiles: { path: string; gzipBytes: number }[];
}

/** The gzip size of a built file, or its own size when gzip does not shrink it. */
function sentSize(urlPath: string, base: string): number {
	const file = fileOfPath(urlPath.startsWith(base) ? `/${urlPath.slice(base.length)}` : urlPath);
	if (!file) return 0;
	const bytes = readFileSync(join(distDir, file));
	return Math.min(bytes.length, gzipSync(bytes).length);
}

/**
 * Puts a query in the search page's own box as one input event (what the last
 * keystroke of a typed query fires) and resolves with the milliseconds until
 * the result list shows a link, measured in the page. The first query also
 * pays for loading the search interface, Pagefind and its index (the box's
 * focus starts that), and every query for Pagefind's 150 ms typing debounce.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(async (text) => {
		const ui = document.querySelector('search-ui[data-url-sync]');
		const input = ui?.querySelector<HTMLInputElement>('[data-search-input]');
		const list = ui?.querySelector('[data-search-results]');
		if (!input || !list)
			throw new Error(
				'The search page has no [data-search-input] and [data-search-results] inside search-ui[data-url-sync].',
			);
		const shown = new Promise<number>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`No result for "${text}" within 15 s`)), 15_000);
			new MutationObserver((_, observer) => {
				if (!list.querySelector('a[href]')) return;
				observer.disconnect();
				clearTimeout(timer);
				resolve(performance.now());
			}).observe(list, { childList: true, subtree: true });
		});
		const started = performance.now();
		input.focus();
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		return (await shown) - started;
	}, query);
}

/** Measures every search page that the build has; prints a clear line and returns [] when there is none. */
export async function measureSearchCost(): Promise<SearchCost[]> {
	const present = SEARCHES.filter((search) => fileOfPath(search.path));
	if (present.length === 0) {
		console.log(
			'Search cost: skipped, the built site has no search page yet (/cari/, /en/search/). Build the site with search first.',
		);
		return [];
	}
	const base = process.env['BASE_PATH'] ?? '/';
	const server = await serveDist({ base });
	const browser = await launchBrowser();
	const results: SearchCost[] = [];
	try {
		for (const search of present) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(new URL(search.path.slice(1), server.root).href, { waitUntil: 'load' });
			let coldBytes = 0;
			const fetched = new Set<string>();
			let counting = true;
			page.on('requestfinished', (request) => {
				if (!counting) return;
				fetched.add(new URL(request.url()).pathname);
				void request.sizes().then((sizes) => (coldBytes += sizes.responseBodySize + sizes.responseHeadersSize));
			});
			const [cold, warm] = search.queries;
			const coldMs = await timeQuery(page, cold);
			await page.waitForLoadState('networkidle');
			counting = false;
			const warmMs = await timeQuery(page, warm);
			const coldFiles = [...fetched]
				.map((path) => ({ path, gzipBytes: sentSize(path, base) }))
				.sort((a, b) => b.gzipBytes - a.gzipBytes);
			const coldGzipBytes = coldFiles.reduce((sum, file) => sum + file.gzipBytes, 0);
			results.push({
				path: search.path,
				coldMs,
				warmMs,
				coldBytes,
				coldGzipBytes,
				coldRequests: fetched.size,
				coldFiles,
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return results;
}
