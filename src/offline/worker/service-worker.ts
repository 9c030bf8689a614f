/**
 * The site's service worker, bundled at build time (`src/lib/offline/service-worker-build.ts`)
 * and written to `sw.js` at the base path, where its scope is the whole site.
 * Workbox's build tool puts in the precache list (the two offline pages and
 * the files they load, taken from the build output) where
 * `self.__WB_MANIFEST` stands. A new build's worker waits, as by default,
 * until no page of the site is open, or until a reader's Save asks it to
 * take over (`messages.ts`).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { abortAbandonedOnUpdate } from './abandoned';
import { handleMessage } from './messages';
import { keepOpenPages, registerOfflineRoutes } from './routes';
import { worker } from './scope';

clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(
	(
		self as unknown as ServiceWorkerGlobalScope & {
			__WB_MANIFEST: (string | { url: string; revision: string | null })[];
		}
	).__WB_MANIFEST,
);
registerOfflineRoutes();
abortAbandonedOnUpdate();
worker.addEventListener('message', handleMessage);
worker.addEventListener('activate', (event) => event.waitUntil(keepOpenPages(event)));
