/** Answering a request from the saved copies. */
import { locales } from '../../i18n/locales';
import { savedCopies as savedCopiesUnder, type SavedCopy } from '../saved-copies';
import { savedCacheName } from '../shared';
import { baseUrl } from './scope';

export type { SavedCopy } from '../saved-copies';

/** Every saved copy on the device. */
export function savedCopies(): Promise<SavedCopy[]> {
	return savedCopiesUnder(baseUrl());
}

/** A response from a saved copy of this build (either language), if it holds the request. */
export async function fromCurrentCopies(request: Request, ignoreSearch: boolean): Promise<Response | undefined> {
	for (const locale of locales) {
		const response = await caches.match(request, {
			cacheName: savedCacheName(locale, __SINERGI_BUILD__),
			ignoreSearch,
		});
		if (response) return response;
	}
	return undefined;
}

/**
 * A response from a finished copy of an earlier build. Such a copy lives only
 * until this build's copy replaces it (see `save.ts`), so without a signal in
 * between the reader still has the pages they saved.
 */
export async function fromEarlierCopies(request: Request, ignoreSearch: boolean): Promise<Response | undefined> {
	for (const copy of await savedCopies()) {
		if (copy.build === __SINERGI_BUILD__ || !copy.marker) continue;
		const response = await caches.match(request, { cacheName: copy.cacheName, ignoreSearch });
		if (response) return response;
	}
	return undefined;
}
