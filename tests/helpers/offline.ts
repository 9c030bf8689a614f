import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import type { OfflineManifest } from '../../src/offline/shared';
import { type Locale } from '../../src/i18n/locales';

/**
 * The offline control: one a page, in the footer, except on the home pages,
 * where it sits in their own "read without a signal" section instead (the
 * footer's would show the button twice). A second control on a page makes a
 * click on it fail, as Playwright's locators are strict.
 */
export const OFFLINE_CONTROL = 'offline-copy';

/** One cache of the origin: its name and the URLs it holds. */
export interface CacheContents {
	name: string;
	urls: string[];
}

/** Every cache the page's origin holds, with its entries (read in the page). */
export function cachesOf(page: Page): Promise<CacheContents[]> {
	return page.evaluate(async () => {
		const out: { name: string; urls: string[] }[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			out.push({ name, urls: (await cache.keys()).map((request) => request.url) });
		}
		return out;
	});
}

/**
 * Waits until the page is controlled by an active service worker. A page
 * whose navigation began before the worker was active, and which became a
 * client after the worker claimed the open pages, stays uncontrolled until
 * the next visit, as in any browser: then it reloads, as a reader would.
 */
export async function waitForWorker(page: Page): Promise<void> {
	for (let visit = 0; visit < 3; visit++) {
		const controlled = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (navigator.serviceWorker.controller) return true;
			return new Promise<boolean>((resolve) => {
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
				setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), 3000);
			});
		});
		if (controlled) return;
		await page.reload();
	}
	throw new Error('No service worker controls the page after three visits');
}

/**
 * Polls an asynchronous check in the page until it gives true. Playwright's
 * `waitForFunction` does not wait for a promise to settle (a promise is truthy,
 * so an async check passes at once); this does. A check interrupted by a
 * navigation is tried again.
 */
export async function waitInPage<Arg>(
	page: Page,
	what: string,
	check: (arg: Arg) => Promise<boolean>,
	arg: Arg,
	timeout = 60_000,
): Promise<void> {
	const end = Date.now() + timeout;
	for (;;) {
		// The check runs in the page, on the argument Playwright serialised (plain data: the same values).
		const inPage = check as (value: unknown) => Promise<boolean>;
		if (await page.evaluate(inPage, arg as unknown).catch(() => false)) return;
		if (Date.now() > end) throw new Error(`Not true after ${timeout} ms: ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** Waits until a new build's worker is waiting to take over. */
export function waitForWaitingWorker(page: Page, timeout = 30_000): Promise<void> {
	return waitInPage(
		page,
		'a new worker is waiting',
		async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
		null,
		timeout,
	);
}

/** Presses the control's button for a language's save, confirms, and waits until the copy is saved; returns what the control said on the way. */
export async function saveFrom(
	page: Page,
	locale: Locale,
	startLabel: RegExp,
): Promise<{ confirm: string; sawProgress: boolean; saved: string }> {
	await page.evaluate((selector) => {
		const store = window as unknown as { sawProgress?: boolean };
		store.sawProgress = false;
		const control = document.querySelector(selector);
		if (control)
			new MutationObserver(() => (store.sawProgress ||= Boolean(control.querySelector('progress')))).observe(control, {
				childList: true,
				subtree: true,
			});
	}, OFFLINE_CONTROL);
	await page.locator(`${OFFLINE_CONTROL} button`, { hasText: startLabel }).click();
	const row = `${OFFLINE_CONTROL} .offline-copy__row[data-locale="${locale}"]`;
	const confirming = page.locator(`${row}[data-phase="confirm"]`);
	await confirming.waitFor();
	const confirm = (await confirming.locator('p').textContent()) ?? '';
	await confirming.locator('button', { hasText: /Unduh sekarang|Download now/ }).click();
	const saved = page.locator(`${row}[data-phase="saved"]`);
	await saved.waitFor({ timeout: 60_000 });
	const sawProgress = await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress ?? false);
	return { confirm, sawProgress, saved: (await saved.locator('p').textContent()) ?? '' };
}

/** A build folder's offline manifest of a language. */
export function manifestOf(dir: string, locale: Locale): OfflineManifest {
	return JSON.parse(readFileSync(join(dir, 'offline', `${locale}.json`), 'utf8')) as OfflineManifest;
}

/**
 * Options for a `describe` whose tests are the steps of one reader's visit:
 * they share a browser context and must run one after the other, in the
 * order written, whatever the suite's `concurrent` or `shuffle` settings.
 * (Vitest 5 has no `test.step` and no `describe.sequential`.)
 */
export const STEPS_IN_ORDER = { concurrent: false, shuffle: false } as const;
