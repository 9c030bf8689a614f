/**
 * Saving, removing and renewing a language's offline copy. A copy is a cache
 * named by language and build (`sinergi-saved-id-<build>`) holding every file
 * of the build's manifest (`offline/<locale>.json`, made by Workbox from the
 * build output); the manifest goes in last, with the date, and marks the copy
 * finished. Files that an earlier copy or the other language already holds
 * with the same revision are copied across instead of downloaded again.
 */
import type { Locale } from '../../i18n/locales';
import {
	manifestPath,
	sameFile,
	savedCacheName,
	type OfflineFile,
	type OfflineManifest,
	type SaveFailure,
	type SavedMarker,
} from '../shared';
import { savedCopies, type SavedCopy } from './copies';
import { downloadSignal } from './network';
import { tellPages } from './notify';
import { underBase, worker } from './scope';

/** Downloads at once: enough to hide latency, few enough for a weak signal. */
const PARALLEL = 4;

const running = new Map<Locale, Promise<void>>();
const cancelled = new Set<Locale>();

/** A failure with the reason the pages show. */
class SaveError extends Error {
	constructor(readonly reason: SaveFailure) {
		super(reason);
	}
}

/**
 * Saves a language's copy for this build, reporting progress to the open
 * pages; a save already running for the language is joined, not repeated.
 * A `quiet` save is a renewal the reader did not ask for: its failure is
 * reported as such, and the pages go on showing the earlier copy.
 */
export function saveCopy(locale: Locale, quiet = false): Promise<void> {
	const current = running.get(locale);
	if (current) return current;
	cancelled.delete(locale);
	const job = save(locale, quiet)
		.catch(async (error: unknown) => {
			const reason = error instanceof SaveError ? error.reason : isQuotaError(error) ? 'storage' : 'network';
			await tellPages({ type: 'failed', locale, reason, quiet });
		})
		.finally(() => running.delete(locale));
	running.set(locale, job);
	return job;
}

/** Removes every copy of a language (finished or not, of any build), stopping a save in progress. */
export async function removeCopy(locale: Locale): Promise<void> {
	cancelled.add(locale);
	await running.get(locale);
	for (const copy of await savedCopies()) if (copy.locale === locale) await caches.delete(copy.cacheName);
	await tellPages({ type: 'removed', locale });
}

let renewing: Promise<void> | undefined;

/**
 * After a new build: saves again each language whose finished copy is of an
 * earlier build (the old copy keeps answering offline until then, and is
 * deleted once the new one is complete), and drops unfinished copies of
 * earlier builds. Runs once at a time; cheap when there is nothing to do.
 */
export function renewCopies(): Promise<void> {
	renewing ??= (async () => {
		if (!navigator.onLine) return;
		for (const copy of await savedCopies()) {
			if (copy.build === __SINERGI_BUILD__) continue;
			if (copy.marker) await saveCopy(copy.locale, true);
			else await caches.delete(copy.cacheName);
		}
	})().finally(() => (renewing = undefined));
	return renewing;
}

async function save(locale: Locale, quiet: boolean): Promise<void> {
	const manifestUrl = underBase(manifestPath(locale));
	const manifest = await fetchManifest(manifestUrl);
	if (manifest.build !== __SINERGI_BUILD__) {
		// The site changed since this worker started: the new worker, once it takes over, saves it.
		if (!quiet) void worker.registration.update();
		throw new SaveError('outdated');
	}
	const cache = await caches.open(savedCacheName(locale, __SINERGI_BUILD__));
	const others = (await savedCopies()).filter(
		(copy) => copy.marker && copy.cacheName !== savedCacheName(locale, __SINERGI_BUILD__),
	);
	const total = manifest.bytes;
	let done = 0;
	const queue = [...manifest.files];
	const next = async (): Promise<void> => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			if (cancelled.has(locale)) return;
			if (!(await cache.match(file.url)))
				await cache.put(file.url, (await lent(file, others)) ?? (await download(file)));
			done += file.size;
			await tellPages({ type: 'progress', locale, done, total });
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, next));
	if (cancelled.has(locale)) return;
	const marker: SavedMarker = { ...manifest, savedAt: new Date().toISOString() };
	await cache.put(
		manifestUrl,
		new Response(JSON.stringify(marker), { headers: { 'content-type': 'application/json' } }),
	);
	for (const copy of others) if (copy.locale === locale) await caches.delete(copy.cacheName);
	await tellPages({ type: 'saved', locale, marker });
}

async function fetchManifest(url: string): Promise<OfflineManifest> {
	const response = await fetch(url, { cache: 'no-store', signal: downloadSignal() }).catch(() => undefined);
	if (!response?.ok) throw new SaveError('network');
	return (await response.json()) as OfflineManifest;
}

/** The same file from a finished copy that holds it with the same revision. */
async function lent(file: OfflineFile, copies: readonly SavedCopy[]): Promise<Response | undefined> {
	for (const copy of copies) {
		if (!copy.marker?.files.some((held) => sameFile(held, file))) continue;
		const response = await caches.match(file.url, { cacheName: copy.cacheName });
		if (response) return response;
	}
	return undefined;
}

/**
 * Downloads one file. A file without a hash in its name skips the browser's
 * HTTP cache, which may hold the previous build's version under the same URL.
 * A download that takes too long fails (the reader can try again), so a
 * connection that never answers does not keep the worker busy.
 */
async function download(file: OfflineFile): Promise<Response> {
	const response = await fetch(file.url, {
		cache: file.revision ? 'reload' : 'default',
		signal: downloadSignal(),
	}).catch(() => undefined);
	if (!response?.ok) throw new SaveError('network');
	return response;
}

function isQuotaError(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'QuotaExceededError';
}
