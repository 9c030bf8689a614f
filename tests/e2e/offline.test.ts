import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITED_LIMITS, type OfflineManifest } from '../../src/offline/shared';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, distDir } from '../helpers/dist';
import {
	cachesOf,
	manifestOf,
	OFFLINE_CONTROL,
	saveFrom,
	STEPS_IN_ORDER,
	waitForWaitingWorker,
	waitForWorker,
	waitInPage,
} from '../helpers/offline';
import { buildIdOf, REBUILT_PAGE, REBUILT_SENTENCE, rebuiltSite } from '../helpers/offline-rebuild';
import { openSearchDialog, pageRoot, resultsFor, searchFor } from '../helpers/search';
import { SUBPATH_BASE, subpathDirs } from '../helpers/subpath';
import { serveSwitchable, type SwitchableServer } from '../helpers/switchable-server';
import { foreignRequests, watchContext, type PageWatch } from '../helpers/watch-page';

/**
 * Saving the site for offline reading, in a real Chromium with the service
 * worker the build wrote: save, lose the network, read, follow links, switch
 * language, search, reach a page that is not saved; come back online to a
 * rebuilt site and find the saved copy replaced. At the root and under the
 * sub-path. Throughout: no request leaves the origin, no CSP violation, no
 * console error; and a reader who never saves keeps only what the cap allows.
 * The reader who saves goes through the steps in order, one test each, in one
 * browser context.
 */
const variants = [
	// After a rebuild, one reader closes the tab and comes back; the other presses "Perbarui sekarang" in the open tab.
	{ name: 'at the root', dir: distDir, base: '/', suffix: '', renewInOpenTab: false },
	{ name: `under ${SUBPATH_BASE}`, dir: subpathDirs[0], base: SUBPATH_BASE, suffix: '-subpath', renewInOpenTab: true },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CONTROL = OFFLINE_CONTROL;

describe.each(variants)('offline reading $name', ({ dir, base, suffix, renewInOpenTab }) => {
	let server: SwitchableServer;
	let browser: Browser;
	let rebuilt: string;
	const opened: BrowserContext[] = [];

	/** A fresh reader: a new browser context, watched. */
	async function reader(): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
		const context = await browser.newContext();
		opened.push(context);
		const watch = await watchContext(context);
		return { context, page: await context.newPage(), watch };
	}

	const at = (path: string): string => `${server.root}${path.replace(/^\//, '')}`;
	const goOffline = async (context: BrowserContext): Promise<void> => {
		await context.setOffline(true);
		server.setOnline(false);
	};
	const goOnline = async (context: BrowserContext): Promise<void> => {
		server.setOnline(true);
		await context.setOffline(false);
	};

	/** Nothing left the origin, nothing broke the policy, nothing logged an error. */
	async function expectClean(watch: PageWatch): Promise<void> {
		expect(foreignRequests(watch.requests, server.origin)).toEqual([]);
		expect(await watch.violations()).toEqual([]);
		expect(watch.errors).toEqual([]);
	}

	beforeAll(async () => {
		assertBuilt(dir);
		rebuilt = await rebuiltSite(dir, base, suffix);
		server = await serveSwitchable(dir, base);
		browser = await launchBrowser();
	}, 300_000);

	afterAll(async () => {
		for (const context of opened) await context.close();
		await browser?.close();
		await server?.close();
	});

	it('shows no control to a reader without JavaScript, where it could not work', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		opened.push(context);
		const page = await context.newPage();
		await page.goto(at(''));
		expect(await page.locator(CONTROL).isVisible()).toBe(false);
		expect(await page.locator('.offline-home').isVisible()).toBe(false);
		expect(await page.locator('footer .footer-nav').isVisible()).toBe(true);
	});

	it('a reader who never saves keeps the pages they opened, within the cap, and nothing else', async () => {
		const { context, page, watch } = await reader();
		const manifest = manifestOf(dir, 'id');
		const visited = manifest.pages.slice(0, 4).map((entry) => entry.url);
		await page.goto(`${server.origin}${visited[0]}`);
		await waitForWorker(page);
		for (const url of visited.slice(1)) await page.goto(`${server.origin}${url}`);
		const held = await cachesOf(page);
		const names = held.map((cache) => cache.name);
		expect(
			names.filter((name) => name.startsWith('sinergi-saved-')),
			'a saved copy without being asked',
		).toEqual([]);
		expect(names.filter((name) => !/^(sinergi-visited-(pages|files)|workbox-precache-v2-.*)$/.test(name))).toEqual([]);
		const pagesKept = held.find((cache) => cache.name === 'sinergi-visited-pages')?.urls ?? [];
		expect(pagesKept.length).toBeLessThanOrEqual(VISITED_LIMITS.pages);
		expect(pagesKept.map((url) => new URL(url).pathname).sort()).toEqual([...visited].sort());
		expect(held.find((cache) => cache.name === 'sinergi-visited-files')?.urls.length ?? 0).toBeLessThanOrEqual(
			VISITED_LIMITS.files,
		);
		// The worker installs only the not-found pages (the offline pages) and the files they load.
		const precached =
			held.find((cache) => cache.name.startsWith('workbox-precache-v2-'))?.urls.map((url) => new URL(url).pathname) ??
			[];
		expect(precached).toContain(`${base}404.html`);
		expect(precached).toContain(`${base}en/404.html`);
		expect(precached.length).toBeLessThanOrEqual(10);
		expect(await context.cookies()).toEqual([]);

		await goOffline(context);
		const again = await page.goto(`${server.origin}${visited[1]}`);
		expect(again?.status()).toBe(200);
		expect(await page.getAttribute('html', 'data-offline')).toBeNull();
		await page.goto(at('belum-pernah-dibuka/'));
		expect(await page.getAttribute('html', 'data-offline')).toBe('');
		const listed = page.locator('offline-list a');
		await listed.first().waitFor();
		expect(
			(
				await listed.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
			).sort(),
		).toEqual([...visited].sort());
		await goOnline(context);
		await expectClean(watch);
	});

	describe('a reader who saves', STEPS_IN_ORDER, () => {
		let context: BrowserContext;
		let page: Page;
		let watch: PageWatch;
		let manifest: OfflineManifest;
		let english: OfflineManifest;
		let next: string;
		let onlineResults: string[] = [];
		let onlineDialogResults: string[] = [];

		beforeAll(async () => {
			({ context, page, watch } = await reader());
			manifest = manifestOf(dir, 'id');
			english = manifestOf(dir, 'en');
		});

		it('finds results online, on the search page and in the header’s dialog, to compare with offline', async () => {
			await page.goto(at('cari/?q=kepiting'));
			onlineResults = await resultsFor(page, 'kepiting', pageRoot);
			expect(onlineResults.length).toBeGreaterThan(0);
			await openSearchDialog(page);
			onlineDialogResults = await searchFor(page, 'kepiting');
			expect(onlineDialogResults.length).toBeGreaterThan(0);
		});

		it('saves the Indonesian site: the control gives the size, shows progress, then the date', async () => {
			await page.goto(at(''));
			await waitForWorker(page);
			const { confirm, sawProgress, saved } = await saveFrom(page, 'id', /^Simpan untuk dibaca tanpa sinyal$/);
			expect(confirm).toMatch(
				new RegExp(`^Unduhan ± \\d+(,\\d)? (MB|KB): ${manifest.pages.length} halaman bahasa Indonesia`),
			);
			expect(sawProgress, 'a <progress> while downloading').toBe(true);
			expect(saved).toMatch(/Disimpan \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
			expect(await page.locator(`${CONTROL} [role="status"]`).textContent()).toContain('Disimpan');
			const ofControl = await new AxeBuilder({ page }).include(CONTROL).withTags(WCAG_TAGS).analyze();
			expect(
				ofControl.violations.map((violation) => violation.id),
				'the control once saved',
			).toEqual([]);
			const copy = (await cachesOf(page)).find((cache) => cache.name === `sinergi-saved-id-${manifest.build}`);
			expect(copy?.urls.length).toBe(manifest.files.length + 1);
		}, 90_000);

		it('offline, opens three other saved pages from their URLs, with the date their facts were checked', async () => {
			await goOffline(context);
			const others = manifest.pages.filter((entry) => entry.url !== base).slice(0, 3);
			for (const { url, title } of others) {
				const response = await page.goto(`${server.origin}${url}`);
				expect(response?.status(), url).toBe(200);
				expect(await page.getAttribute('html', 'data-offline'), url).toBeNull();
				expect((await page.textContent('h1'))?.trim()).toBe(title);
				const checked = page.locator('.page-dates__checked time');
				if (!url.endsWith('/cari/')) await expect(checked.isVisible()).resolves.toBe(true);
			}
		});

		it('offline, follows a link between saved pages', async () => {
			const link = page.locator('footer .footer-nav a').first();
			const target = new URL((await link.getAttribute('href')) ?? '', server.origin).pathname;
			await link.click();
			await page.waitForURL((url) => url.pathname === target);
			expect(await page.getAttribute('html', 'data-offline')).toBeNull();
		});

		it('offline, the language switch opens the English offline page, which says the page is not saved', async () => {
			await page.locator('[data-language-switch]').click();
			await page.waitForURL((url) => url.pathname.startsWith(`${base}en/`));
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			expect(await page.getAttribute('html', 'data-offline')).toBe('');
			expect(await page.locator('h1').textContent()).toBe('This page is not saved');
			expect(await page.title()).toBe('This page is not saved — Sinergi Kalimantan');
			await page.locator('offline-list a').first().waitFor();
		});

		it('offline, search gives the same results as online, on the search page and in the header’s dialog', async () => {
			await page.goto(at('cari/?q=kepiting'));
			expect(await resultsFor(page, 'kepiting', pageRoot)).toEqual(onlineResults);
			await openSearchDialog(page);
			expect(await searchFor(page, 'kepiting')).toEqual(onlineDialogResults);
		});

		it('offline, a page not saved shows the Indonesian offline page, linking every saved page, with no axe violation', async () => {
			await page.goto(at('tidak-tersimpan/'));
			expect(await page.locator('h1').textContent()).toBe('Halaman ini belum tersimpan');
			const links = page.locator('offline-list a');
			await links.first().waitFor();
			expect(await links.count()).toBe(manifest.pages.length);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(violations.map((violation) => violation.id)).toEqual([]);
			await links.first().click();
			await page.waitForLoadState();
			expect(await page.getAttribute('html', 'data-offline')).toBeNull();
		});

		it('online again, saves the English version too', async () => {
			await goOnline(context);
			await page.goto(at('kesepakatan/'));
			await saveFrom(page, 'en', /^Simpan juga versi bahasa Inggris$/);
			expect(
				(await cachesOf(page)).find((cache) => cache.name === `sinergi-saved-en-${english.build}`)?.urls.length,
			).toBe(english.files.length + 1);
		}, 90_000);

		it('offline, the language switch opens the saved English page, English search works, and an unsaved page says so', async () => {
			await goOffline(context);
			await page.goto(at('kesepakatan/'));
			await page.locator('[data-language-switch]').click();
			await page.waitForURL((url) => url.pathname.startsWith(`${base}en/`));
			expect(await page.getAttribute('html', 'data-offline')).toBeNull();
			await page.goto(at('en/search/?q=crab'));
			expect((await resultsFor(page, 'crab', pageRoot)).length).toBeGreaterThan(0);
			await page.goto(at('en/not-saved/'));
			expect(await page.locator('h1').textContent()).toBe('This page is not saved');
			await goOnline(context);
		});

		it('so far made no request elsewhere, broke no policy and logged no error', () => expectClean(watch));

		it('after a rebuild, the open tab says its copy is of an earlier version', async () => {
			server.serve(rebuilt);
			next = buildIdOf(rebuilt);
			expect(next).not.toBe(manifest.build);
			await page.goto(at(''));
			// The browser checks the worker on navigation; asking again makes the check certain.
			await page.evaluate(() =>
				navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
			);
			await waitForWaitingWorker(page);
			await page.locator(`${CONTROL} .offline-copy__row[data-locale="id"][data-phase="earlier"]`).waitFor();
		});

		it(
			renewInOpenTab
				? 'pressing “Perbarui sekarang” lets the new build take over and renew both copies; the old ones go'
				: 'closing the tab and coming back lets the new build take over and renew both copies; the old ones go',
			async () => {
				if (renewInOpenTab) {
					// The reader asks for the update in the open tab: the new worker takes over and saves the new build.
					const earlier = `${CONTROL} .offline-copy__row[data-locale="id"]`;
					await page.locator(`${earlier} button`, { hasText: 'Perbarui sekarang' }).click();
					await page.locator(`${earlier}[data-phase="confirm"] button`, { hasText: 'Unduh sekarang' }).click();
					await page.locator(`${earlier}[data-phase="saved"]`).waitFor({ timeout: 60_000 });
				} else {
					// The reader closes the tab and comes back later, with a signal: the new worker takes over and renews.
					await page.close();
					page = await context.newPage();
					await page.goto(at('tentang/'));
				}
				await waitInPage(
					page,
					'both copies renewed and the old ones gone',
					async ([build, old, root]: readonly [string, string, string]) => {
						const finished = await Promise.all(
							['id', 'en'].map(async (locale) =>
								Boolean(
									await caches.match(`${root}offline/${locale}.json`, {
										cacheName: `sinergi-saved-${locale}-${build}`,
									}),
								),
							),
						);
						return finished.every(Boolean) && !(await caches.keys()).some((name) => name.endsWith(`-${old}`));
					},
					[next, manifest.build, server.root] as const,
				);
				await page.reload();
				await page.locator(`${CONTROL} .offline-copy__row[data-phase="saved"]`).first().waitFor();
			},
			150_000,
		);

		it('offline, the renewed copy shows the rebuilt page’s new sentence', async () => {
			await goOffline(context);
			await page.goto(at(REBUILT_PAGE.path));
			expect(await page.textContent('main')).toContain(REBUILT_SENTENCE);
			await goOnline(context);
		});

		it('removes the Indonesian copy when asked', async () => {
			await page.goto(at(''));
			await page.locator(`${CONTROL} button`, { hasText: 'Hapus salinan tanpa sinyal' }).first().click();
			await page.locator(`${CONTROL} .offline-copy__row[data-phase="removed"]`).waitFor();
			expect(
				(await cachesOf(page)).map((cache) => cache.name).filter((name) => name.startsWith('sinergi-saved-id-')),
			).toEqual([]);
		});

		it('made no request elsewhere, broke no policy and logged no error', () => expectClean(watch));
	});
});
