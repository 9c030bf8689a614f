import type { Page } from 'playwright-core';

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

/** Waits until the page is controlled by an active service worker. */
export async function waitForWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
}

/** Waits until the origin holds a cache whose name matches. */
export async function waitForCache(page: Page, pattern: RegExp, timeout = 60_000): Promise<string> {
	const handle = await page.waitForFunction(
		async (source) => (await caches.keys()).find((name) => new RegExp(source).test(name)) ?? false,
		pattern.source,
		{ timeout, polling: 250 },
	);
	return (await handle.jsonValue()) as string;
}
