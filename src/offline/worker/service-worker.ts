/**
 * The site's service worker, bundled at build time (`src/lib/service-worker-build.ts`)
 * and written to `sw.js` at the base path, where its scope is the whole site.
 * Workbox's build tool puts in the precache list (the two offline pages and
 * the files they load, taken from the build output) where
 * `self.__WB_MANIFEST` stands. A new build replaces the worker at once.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { handleMessage } from './messages';
import { keepOpenPages, registerOfflineRoutes } from './routes';
import { renewCopies } from './save';
import { worker } from './scope';

void worker.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute((self as unknown as ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] }).__WB_MANIFEST);
registerOfflineRoutes();
worker.addEventListener('message', handleMessage);
worker.addEventListener('activate', (event) => {
	event.waitUntil(keepOpenPages(event));
	// Start renewing a copy of an earlier build now; the next navigation keeps the worker alive for it.
	void renewCopies();
});
