import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUIET_WINDOW_MS } from '../../src/offline/worker/network';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, distDir } from '../helpers/dist';
import { manifestOf, saveFrom, waitForWaitingWorker, waitForWorker, waitInPage } from '../helpers/offline';
import { buildIdOf, REBUILT_PAGE, REBUILT_SENTENCE, rebuiltSite } from '../helpers/offline-rebuild';
import { pageRoot, resultsFor } from '../helpers/search';
import { serveSwitchable, type SwitchableServer } from '../helpers/switchable-server';
import { foreignRequests, watchContext, type PageWatch } from '../helpers/watch-page';

/**
 * A saved copy on a weak signal, in a real Chromium with the worker the build
 * wrote: a host that accepts connections and never answers, then one that
 * answers 502, then one that answers late. The saved page must show within
 * `SHOWN_WITHIN_MS`, search must work from the copy, a late answer must
 * still replace the opened copy, and a new build's worker must still take
 * over right after the network hung. One reader goes through the steps in
 * order; each step is its own test. The times are printed at the end (the
 * README's Offline section gives them).
 */
const SHOWN_WITHIN_MS = 4000;
const OPENS = 3;

const times: Record<'hanging' | 'failing' | 'slow' | 'after the hang', number[]> = {
	hanging: [],
	failing: [],
	slow: [],
	'after the hang': [],
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('offline reading on a weak signal', () => {
	let server: SwitchableServer;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	let watch: PageWatch;
	let rebuilt: string;
	let onlineResults: string[] = [];
	const manifest = manifestOf(distDir, 'id');
	// Pages of the saved copy other than the home and search pages, whose headings the manifest gives.
	const reading = manifest.pages.filter((entry) => entry.url !== '/' && !entry.url.endsWith('/cari/'));

	/** Opens a URL and gives the milliseconds until its document has been parsed, and its HTTP status. */
	async function timedOpen(url: string): Promise<{ ms: number; status: number | undefined }> {
		const start = performance.now();
		const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
		return { ms: performance.now() - start, status: response?.status() };
	}

	/** Opens saved pages one by one; each waits for the network afresh (outside the quiet window). */
	async function openSavedPages(into: number[]): Promise<void> {
		for (const [index, { url, title }] of reading.slice(0, OPENS).entries()) {
			if (index > 0) await pause(QUIET_WINDOW_MS + 500);
			const { ms, status } = await timedOpen(`${server.origin}${url}`);
			into.push(ms);
			expect(status, url).toBe(200);
			expect((await page.textContent('h1'))?.trim(), url).toBe(title);
			expect(await page.getAttribute('html', 'data-offline'), url).toBeNull();
			expect(ms, `${url} shown after ${Math.round(ms)} ms`).toBeLessThan(SHOWN_WITHIN_MS);
		}
	}

	/** Nothing left the origin, nothing broke the policy, nothing logged an error but the host's 502 answers. */
	async function expectClean(): Promise<void> {
		expect(foreignRequests(watch.requests, server.origin)).toEqual([]);
		expect(await watch.violations()).toEqual([]);
		expect(watch.errors.filter((line) => !/status of 502/.test(line))).toEqual([]);
	}

	beforeAll(async () => {
		assertBuilt(distDir);
		rebuilt = await rebuiltSite(distDir, '/', '');
		server = await serveSwitchable(distDir, '/');
		browser = await launchBrowser();
		context = await browser.newContext();
		watch = await watchContext(context);
		page = await context.newPage();
	}, 300_000);

	afterAll(async () => {
		const line = (name: keyof typeof times): string =>
			`${name}: median ${Math.round(median(times[name]))} ms of [${times[name].map(Math.round).join(', ')}]`;
		console.info(
			`Saved page shown (navigation to parsed page):\n${Object.keys(times)
				.map((name) => line(name as keyof typeof times))
				.join('\n')}`,
		);
		await context?.close();
		await browser?.close();
		await server?.close();
	});

	it('saves the Indonesian copy while the signal is good', async () => {
		await page.goto(`${server.root}cari/?q=kepiting`);
		onlineResults = await resultsFor(page, 'kepiting', pageRoot);
		expect(onlineResults.length).toBeGreaterThan(0);
		await page.goto(server.root);
		await waitForWorker(page);
		await saveFrom(page, 'id', /^Simpan untuk dibaca tanpa sinyal$/);
	}, 90_000);

	it(`shows a saved page within ${SHOWN_WITHIN_MS / 1000} s when the host accepts the connection and never answers`, async () => {
		server.setMode('hanging');
		await openSavedPages(times.hanging);
		// Just after, within the quiet window, a page needs no second wait.
		const { ms } = await timedOpen(`${server.origin}${reading[OPENS]?.url ?? '/'}`);
		expect(ms).toBeLessThan(SHOWN_WITHIN_MS);
	}, 90_000);

	it('searches the saved copy while the connection hangs', async () => {
		await page.goto(`${server.root}cari/?q=kepiting`, { timeout: 60_000 });
		expect(await resultsFor(page, 'kepiting', pageRoot)).toEqual(onlineResults);
	}, 90_000);

	it('shows the saved page, not the host’s 502 page, when the host answers with a server error', async () => {
		server.setMode('failing');
		await openSavedPages(times.failing);
		// A page no copy holds shows what the host said.
		const { status } = await timedOpen(`${server.root}tidak-ada-di-salinan/`);
		expect(status).toBe(502);
	}, 90_000);

	it('shows an opened page from its copy while the host answers late, then keeps the late answer', async () => {
		server.setMode('online');
		const english = `${server.root}en/`;
		await page.goto(english);
		const dateOf = (): Promise<string | null> =>
			page.evaluate(
				async (url) => (await caches.match(url, { cacheName: 'sinergi-visited-pages' }))?.headers.get('date') ?? null,
				english,
			);
		const before = await dateOf();
		expect(before, 'the opened English home page is kept').not.toBeNull();
		await pause(1100); // HTTP dates count seconds
		server.setMode('slow');
		const { ms, status } = await timedOpen(english);
		times.slow.push(ms);
		expect(status).toBe(200);
		expect(ms).toBeLessThan(SHOWN_WITHIN_MS);
		await waitInPage(
			page,
			'the late answer replaced the opened copy',
			async ([url, old]: readonly [string, string | null]) =>
				((await caches.match(url, { cacheName: 'sinergi-visited-pages' }))?.headers.get('date') ?? old) !== old,
			[english, before] as const,
			20_000,
		);
	}, 90_000);

	it('made no request elsewhere and broke no policy', () => expectClean());

	it('lets a waiting new build take over right after the connection hung, and renews the copy', async () => {
		// A new reader: the first one's browser is still checking for a new worker over a connection
		// that hung, and waits for it as long as the connection stays open (no page or worker can end it).
		await context.close();
		context = await browser.newContext();
		watch = await watchContext(context);
		page = await context.newPage();
		server.setMode('online');
		await page.goto(server.root);
		await waitForWorker(page);
		await saveFrom(page, 'id', /^Simpan untuk dibaca tanpa sinyal$/);
		// A new deployment arrives while the signal is good; its worker waits while the tab is open.
		server.serve(rebuilt);
		await page.goto(server.root);
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		await waitForWaitingWorker(page);
		// Then the connection hangs: a saved page still shows, and the worker is left a request without an answer.
		server.setMode('hanging');
		const hung = await timedOpen(`${server.origin}${reading[0]?.url ?? '/'}`);
		expect(hung.ms).toBeLessThan(SHOWN_WITHIN_MS);
		// The signal comes back; the requests sent while it hung stay unanswered.
		server.setMode('online');
		for (const { url } of reading.slice(1, 1 + OPENS)) {
			const { ms, status } = await timedOpen(`${server.origin}${url}`);
			times['after the hang'].push(ms);
			expect(status).toBe(200);
		}
		// The reader closes the tab and comes back: the waiting worker takes over and renews the copy.
		await page.close();
		page = await context.newPage();
		// This open may wait for the takeover: the old worker must finish the requests it sent while the
		// connection hung (each abandoned after 20 s at most) before the new one activates. One clean-clone run
		// passed 30 s here, so the step allows 90 s: it asserts that the new build takes over, not how fast.
		await page.goto(`${server.root}tentang/`, { timeout: 90_000 });
		await waitInPage(
			page,
			'the copy renewed for the new build and the old one gone',
			async ([build, old, root]: readonly [string, string, string]) =>
				Boolean(await caches.match(`${root}offline/id.json`, { cacheName: `sinergi-saved-id-${build}` })) &&
				!(await caches.keys()).some((name) => name.endsWith(`-${old}`)),
			[buildIdOf(rebuilt), manifest.build, server.root] as const,
		);
		server.setMode('offline');
		await context.setOffline(true);
		await page.goto(`${server.root}${REBUILT_PAGE.path}`);
		expect(await page.textContent('main')).toContain(REBUILT_SENTENCE);
		await context.setOffline(false);
		server.setMode('online');
		await expectClean();
	}, 180_000);
});
