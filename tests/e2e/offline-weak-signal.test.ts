import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, distDir } from '../helpers/dist';
import {
	manifestOf,
	saveFrom,
	STEPS_IN_ORDER,
	waitForWaitingWorker,
	waitForWorker,
	waitInPage,
} from '../helpers/offline';
import { buildIdOf, REBUILT_PAGE, REBUILT_SENTENCE, rebuiltSite } from '../helpers/offline-rebuild';
import { pageRoot, resultsFor } from '../helpers/search';
import { serveSwitchable, type NetworkMode, type SwitchableServer } from '../helpers/switchable-server';
import { foreignRequests, watchContext, type PageWatch } from '../helpers/watch-page';

/**
 * A saved copy on a weak signal, in a real Chromium with the worker the build
 * wrote: a host that accepts connections and never answers, then one that
 * answers 502, then one that answers late. The saved page must show within
 * `SHOWN_WITHIN_MS`, search must work from the copy, a late answer must
 * still replace the opened copy, and a new build's worker must take over
 * promptly right after the network hung. One reader goes through the steps in
 * order, then a second one through the takeover; each step is its own test.
 * The times are printed at the end (`docs/offline.md` gives them).
 */
const SHOWN_WITHIN_MS = 4000;
const OPENS = 3;
/**
 * How long the reader's return may take once the waiting worker can take
 * over: a page open, the takeover and the new worker's activation. It takes
 * about a second; one clean-clone run once passed 30 s, blamed on the old
 * worker's abandoned requests (each may last 20 s), which the worker now
 * aborts once a new one waits. The bound leaves room for a loaded machine and
 * stays below that 20 s, so a takeover waiting on such a request fails.
 */
const TAKEOVER_WITHIN_MS = 15_000;

const times: Record<'hanging' | 'failing' | 'slow' | 'after the hang' | 'takeover, reopen to controlled', number[]> = {
	hanging: [],
	failing: [],
	slow: [],
	'after the hang': [],
	'takeover, reopen to controlled': [],
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('offline reading on a weak signal', STEPS_IN_ORDER, () => {
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

	/**
	 * Ends the worker's quiet window (see `network.ts`) as a moment of signal
	 * would, instead of waiting 10 s for it: the host answers one request that
	 * no copy holds (the English home page, fetched through the worker), then
	 * the network goes back to `mode`.
	 */
	async function endQuietWindow(mode: NetworkMode): Promise<void> {
		server.setMode('online');
		// The body is read to its end, so the answer does not hold one of the browser's connections to the host.
		const status = await page.evaluate(async (url) => {
			const response = await fetch(url, { cache: 'no-store' });
			await response.arrayBuffer();
			return response.status;
		}, `${server.root}en/`);
		expect(status, 'the moment of signal').toBe(200);
		server.setMode(mode);
	}

	/** Opens saved pages one by one on a network in `mode`; each waits for the network afresh (outside the quiet window). */
	async function openSavedPages(mode: NetworkMode, into: number[]): Promise<void> {
		server.setMode(mode);
		for (const [index, { url, title }] of reading.slice(0, OPENS).entries()) {
			if (index > 0) await endQuietWindow(mode);
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
			`Saved page shown (navigation to parsed page; the takeover: reopening to controlled by the new build):\n${Object.keys(
				times,
			)
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
		await openSavedPages('hanging', times.hanging);
		// Just after, within the quiet window, a page needs no second wait.
		const { ms } = await timedOpen(`${server.origin}${reading[OPENS]?.url ?? '/'}`);
		expect(ms).toBeLessThan(SHOWN_WITHIN_MS);
	}, 90_000);

	it('searches the saved copy while the connection hangs', async () => {
		await page.goto(`${server.root}cari/?q=kepiting`, { timeout: 60_000 });
		expect(await resultsFor(page, 'kepiting', pageRoot)).toEqual(onlineResults);
	}, 90_000);

	it('shows the saved page, not the host’s 502 page, when the host answers with a server error', async () => {
		await openSavedPages('failing', times.failing);
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

	describe('a waiting new build after the connection hung', STEPS_IN_ORDER, () => {
		beforeAll(async () => {
			// A new reader: the first one's browser is still checking for a new worker over a connection
			// that hung, and waits for it as long as the connection stays open (no page or worker can end it).
			await context.close();
			context = await browser.newContext();
			watch = await watchContext(context);
			page = await context.newPage();
			server.setMode('online');
		});

		it('a second reader saves the Indonesian copy', async () => {
			await page.goto(server.root);
			await waitForWorker(page);
			await saveFrom(page, 'id', /^Simpan untuk dibaca tanpa sinyal$/);
		}, 90_000);

		it('a new deployment’s worker waits while the tab is open', async () => {
			server.serve(rebuilt);
			await page.goto(server.root);
			await page.evaluate(() =>
				navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
			);
			await waitForWaitingWorker(page);
		});

		it(`a saved page still shows within ${SHOWN_WITHIN_MS / 1000} s when the connection hangs`, async () => {
			// The worker is left a request without an answer, which a new worker waiting makes it abort.
			server.setMode('hanging');
			const hung = await timedOpen(`${server.origin}${reading[0]?.url ?? '/'}`);
			expect(hung.ms).toBeLessThan(SHOWN_WITHIN_MS);
		});

		it('pages open from the network when the signal returns', async () => {
			// The requests sent while the connection hung stay unanswered by the host.
			server.setMode('online');
			for (const { url } of reading.slice(1, 1 + OPENS)) {
				const { ms, status } = await timedOpen(`${server.origin}${url}`);
				times['after the hang'].push(ms);
				expect(status, url).toBe(200);
			}
		});

		it(`the reader closes the tab and comes back: the new build takes over within ${TAKEOVER_WITHIN_MS / 1000} s`, async () => {
			await page.close();
			page = await context.newPage();
			const start = performance.now();
			// Opened from the network: the takeover itself must not wait for the old worker's abandoned requests.
			await page.goto(`${server.root}tentang/`, { timeout: TAKEOVER_WITHIN_MS });
			await waitInPage(
				page,
				'the new build’s worker is active, none waits, and it controls the page',
				async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return Boolean(
						registration?.active && !registration.waiting && navigator.serviceWorker.controller?.state === 'activated',
					);
				},
				null,
				TAKEOVER_WITHIN_MS,
			);
			const ms = performance.now() - start;
			times['takeover, reopen to controlled'].push(ms);
			expect(ms, `controlled by the new build after ${Math.round(ms)} ms`).toBeLessThan(TAKEOVER_WITHIN_MS);
		}, 60_000);

		it('the new worker renews the copy for the new build and deletes the old one', async () => {
			await waitInPage(
				page,
				'the copy renewed for the new build and the old one gone',
				async ([build, old, root]: readonly [string, string, string]) =>
					Boolean(await caches.match(`${root}offline/id.json`, { cacheName: `sinergi-saved-id-${build}` })) &&
					!(await caches.keys()).some((name) => name.endsWith(`-${old}`)),
				[buildIdOf(rebuilt), manifest.build, server.root] as const,
			);
		}, 90_000);

		it('the renewed copy shows the new build’s page offline', async () => {
			server.setMode('offline');
			await context.setOffline(true);
			await page.goto(`${server.root}${REBUILT_PAGE.path}`);
			expect(await page.textContent('main')).toContain(REBUILT_SENTENCE);
			await context.setOffline(false);
			server.setMode('online');
		});

		it('made no request elsewhere and broke no policy', () => expectClean());
	});
});
