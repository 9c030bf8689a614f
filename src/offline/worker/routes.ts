/**
 * How the worker answers the site's requests. Online, everything comes from
 * the network first, so a reader with a signal always sees the current site;
 * only `_astro/` files, whose names change with their content, come from a
 * cache first. Without a network, on one that has not answered within
 * `PATIENCE_MS` (see `network.ts`), or when the host answers with a server
 * error:
 *
 * - a page comes from a saved copy of this build, else from the pages the
 *   reader opened, else from an earlier build's copy still waiting to be
 *   replaced, else the offline page of the page's language, which lists what
 *   is saved;
 * - search files and open data come from a saved copy.
 *
 * Opened pages (at most `VISITED_LIMITS.pages`, counting the one open when
 * the worker starts) and the files they loaded
 * (at most `VISITED_LIMITS.files`) are kept without saving, oldest dropped
 * first; nothing is kept twice when a saved copy already holds it.
 */
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { matchPrecache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { asOfflinePage } from '../offline-page';
import { localeOfPath, notFoundPages, VISITED_FILES, VISITED_LIMITS, VISITED_PAGES } from '../shared';
import { fromCurrentCopies, fromEarlierCopies } from './copies';
import { CopyWhenSlow, type CopyWhenSlowParams } from './copy-when-slow';
import { downloadSignal } from './network';
import { baseUrl, isOurs, underBase, worker } from './scope';

/** Keeps only complete, successful responses, and none that a saved copy of this build already holds. */
const keepIfNew: WorkboxPlugin = {
	cacheWillUpdate: async ({ request, response }) =>
		response.status === 200 && !(await fromCurrentCopies(request, true)) ? response : null,
};

/** Keeps nothing: for files that only a saved copy holds. */
const keepNothing: WorkboxPlugin = { cacheWillUpdate: async () => null };

/** One page is one entry, whatever its query (`/cari/?q=…`). */
const pageKey: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => {
		const url = new URL(request.url);
		url.search = '';
		return url.href;
	},
};

/** Offline: the saved copy first, then what the strategy's own cache holds, then an earlier copy. */
function fromCopies(ignoreSearch: boolean): WorkboxPlugin {
	return {
		cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
			(await fromCurrentCopies(request, ignoreSearch)) ??
			cachedResponse ??
			(await fromEarlierCopies(request, ignoreSearch)),
	};
}

/** A page no copy holds, and the network failed: the offline page. */
const orOfflinePage: WorkboxPlugin = { handlerDidError: async ({ request }) => offlinePage(request) };

/** A file fetched on a cache miss is abandoned when it takes too long, so it never keeps the worker busy. */
const withinLimits: WorkboxPlugin = {
	requestWillFetch: async ({ request }) => new Request(request, { signal: downloadSignal() }),
};

/**
 * The offline page in the language of the page asked for: that language's
 * not-found page (installed with the worker), turned into the offline page.
 */
async function offlinePage(request: Request): Promise<Response | undefined> {
	const below = new URL(request.url).href.slice(baseUrl().length);
	const page = await matchPrecache(underBase(notFoundPages[localeOfPath(below)]));
	if (!page) return undefined;
	const html = asOfflinePage(await page.text());
	const headers = new Headers(page.headers);
	headers.delete('content-length');
	return new Response(html, { status: 200, headers });
}

/** Drops the oldest entries beyond a count. (Workbox's class types its optional hooks as possibly undefined, which strict optional types reject.) */
function expiring(maxEntries: number): WorkboxPlugin {
	return new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }) as WorkboxPlugin;
}

const pages = new CopyWhenSlow(
	{
		cacheName: VISITED_PAGES,
		plugins: [pageKey, fromCopies(true), keepIfNew, expiring(VISITED_LIMITS.pages), orOfflinePage],
	},
	true,
);

const hashedFiles = new CacheFirst({
	cacheName: VISITED_FILES,
	plugins: [fromCopies(false), keepIfNew, expiring(VISITED_LIMITS.files), withinLimits],
});

const otherFiles = new CopyWhenSlow({ cacheName: VISITED_FILES, plugins: [fromCopies(false), keepNothing] }, false);

/** At activation the open pages are kept only if the network answers soon: activation holds back every request. */
const ACTIVATION_LIMIT: CopyWhenSlowParams = { answerLimitMs: 5000 };

/**
 * Keeps the pages open when the worker starts: the reader opened them before
 * the worker could see the requests (the first visit). Usually answered by
 * the browser's HTTP cache, so nothing is downloaded again.
 */
export async function keepOpenPages(event: ExtendableEvent): Promise<void> {
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
		const url = new URL(client.url);
		if (isOurs(url))
			await pages.handle({ event, request: new Request(url), params: ACTIVATION_LIMIT }).catch(() => undefined);
	}
}

/** Registers the routes (after the precache's, which answers the offline pages and their files). */
export function registerOfflineRoutes(): void {
	registerRoute(({ request, url }) => request.mode === 'navigate' && isOurs(url), pages);
	registerRoute(({ url }) => isOurs(url) && url.href.startsWith(underBase('_astro/')), hashedFiles);
	registerRoute(({ url }) => isOurs(url), otherFiles);
}
