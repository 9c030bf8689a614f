/**
 * Which saved copies are on the device, read the same way by the pages and
 * the worker. Looking never creates a cache, so it costs no storage.
 */
import type { Locale } from '../i18n/locales';
import { manifestPath, parseSavedCacheName, type SavedMarker } from './shared';

/** A saved copy on this device. */
export interface SavedCopy {
	cacheName: string;
	locale: Locale;
	build: string;
	/** Present once every file is in. */
	marker: SavedMarker | undefined;
}

/** Every saved copy on the device, finished or not, of any build; `base` is the site's absolute base URL. */
export async function savedCopies(base: string): Promise<SavedCopy[]> {
	const copies: SavedCopy[] = [];
	for (const cacheName of await caches.keys()) {
		const parsed = parseSavedCacheName(cacheName);
		if (!parsed) continue;
		const response = await caches.match(new URL(manifestPath(parsed.locale), base).href, { cacheName });
		copies.push({ cacheName, ...parsed, marker: response ? ((await response.json()) as SavedMarker) : undefined });
	}
	return copies;
}
