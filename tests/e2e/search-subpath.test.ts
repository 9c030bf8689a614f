import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { openSearchDialog, searchFor } from '../helpers/search';
import { serveDist, type StaticServer } from '../helpers/server';
import { SUBPATH_BASE, subpathDirs } from '../helpers/subpath';

/** The shared sub-path build made once by tests/setup/subpath-builds.ts (never rebuilt here, so files running in parallel see one build). */
const base = SUBPATH_BASE;
const [outDir] = subpathDirs;

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
	assertBuilt(outDir);
	server = await serveDist({ dir: outDir, base });
	browser = await launchBrowser();
	page = await browser.newPage();
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe(`search under the sub-path ${base}`, () => {
	it('loads the bundle from under the base and links results under it', async () => {
		await page.goto(`${server.root}en/agreement/`);
		await openSearchDialog(page);
		const results = await searchFor(page, 'Tarakan');
		expect(results.length).toBeGreaterThan(0);
		for (const path of results) expect(path.startsWith(base), path).toBe(true);
		expect(results).toContain(`${base}en/agreement/`);
		const search = requests.filter((path) => path.includes('pagefind'));
		expect(search.length).toBeGreaterThan(0);
		for (const path of search) expect(path.startsWith(`${base}pagefind/`), path).toBe(true);
	});

	it('opens a result, and the search page works there too', async () => {
		const response = await page.goto(`${server.root}cari/?q=Tarakan`);
		expect(response?.status()).toBe(200);
		const results = await searchFor(page, 'Tarakan', 'search-ui[data-url-sync]');
		expect(results).toContain(`${base}kesepakatan/`);
		const opened = await page.goto(`${server.origin}${results[0]}`);
		expect(opened?.status()).toBe(200);
	});
});
