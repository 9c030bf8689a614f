import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { openSearchDialog, searchFor } from '../helpers/search';
import { serveDist, type StaticServer } from '../helpers/server';

/** The site built under a sub-path into its own folder, so `dist/` stays as the other tests expect. */
const base = '/sinergi/';
const outDir = join(process.cwd(), 'dist-subpath');

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

/** The environment without what Vitest sets for its own Vite (`BASE_URL`, `MODE`, …), which would override the build's base. */
function buildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'TEST']) delete env[key];
	return env;
}

beforeAll(async () => {
	const build = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		env: buildEnv(),
		encoding: 'utf8',
	});
	if (build.status !== 0) throw new Error(`The sub-path build failed:\n${build.stdout}\n${build.stderr}`);
	assertBuilt(outDir);
	server = await serveDist({ dir: outDir, base });
	browser = await launchBrowser();
	page = await browser.newPage();
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
}, 300_000);

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
