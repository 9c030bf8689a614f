import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt, isNotFoundPage, listPages, pathOfFile } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { SUBPATH_BASE, subpathDirs } from '../helpers/subpath';
import { foreignRequests, type PageWatch } from '../helpers/watch-page';
import { ui } from '../helpers/ui';

const [dir] = subpathDirs;
assertBuilt(dir);

let server: StaticServer;
let watch: PageWatch;
let page: Page;
// Serves only URLs under the sub-path: anything that escapes it gets a 404.
useBrowserSession((session) => ({ server, watch, page } = session), { serve: { dir, base: SUBPATH_BASE } });

describe(`the site served under ${SUBPATH_BASE} only`, () => {
	it.each(listPages(dir).filter((file) => !isNotFoundPage(file)))('%s loads with everything it needs', async (file) => {
		const response = await page.goto(`${server.root}${pathOfFile(file).slice(1)}`);
		expect(response?.status()).toBe(200);
		expect(watch.failures).toEqual([]);
		expect(watch.errors).toEqual([]);
		expect(await watch.violations()).toEqual([]);
		expect(foreignRequests(watch.requests, server.origin)).toEqual([]);
		expect(watch.requests.every((url) => new URL(url).pathname.startsWith(SUBPATH_BASE))).toBe(true);
	});

	it('switches language and goes home within the sub-path', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await page.locator('[data-language-switch]').click();
		await page.waitForURL(`${server.root}en/agreement/`);
		await page.locator('.site-name').click();
		await page.waitForURL(`${server.root}en/`);
		expect(watch.failures).toEqual([]);
	});

	it('shows the not-found page of the language for a missing page', async () => {
		const response = await page.goto(`${server.root}en/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		const home = await page.getByRole('link', { name: ui.en('notFound.home') }).getAttribute('href');
		expect(home).toBe(`${SUBPATH_BASE}en/`);
	});
});
