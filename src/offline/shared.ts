/**
 * What the pages, the service worker and the build agree on about the offline
 * copy: cache names, the per-language manifest written by the build, the
 * offline pages, and the messages between a page and the worker. Plain
 * TypeScript for both the page and the worker (no DOM- or worker-only types).
 */
import { asLocale, type Locale } from '../i18n/locales';

/** Every cache this site makes starts with this, so nothing else on the origin is touched. */
const CACHE_PREFIX = 'sinergi-';

/** Pages the reader opened, kept without saving (see `VISITED_LIMITS`). */
export const VISITED_PAGES = `${CACHE_PREFIX}visited-pages`;

/** Stylesheets and scripts those pages loaded. */
export const VISITED_FILES = `${CACHE_PREFIX}visited-files`;

/**
 * The cap on what is kept without saving: the most recently opened pages and
 * the stylesheets and scripts they loaded, the oldest dropped first. The
 * reader did not ask for this storage, so it stays within 2 MB
 * (`tests/build/offline.test.ts` fails past it), below the 3 MB a reader
 * accepts when saving a language. Pages are what a reader reads again
 * offline, so they keep 30; files are two builds' worth (a build loads 9),
 * as older builds' files only serve pages opened before a deploy. With the
 * pages of 7 December 2026 that is at most 1.93 MB (the 30 largest pages
 * take 1.37 MB, 18 stylesheets 0.50 MB).
 */
export const VISITED_LIMITS = { pages: 30, files: 18 } as const;

/** The cache of a language's saved copy, keyed by the build that wrote it. */
export function savedCacheName(locale: Locale, build: string): string {
	return `${CACHE_PREFIX}saved-${locale}-${build}`;
}

/** The language and build of a saved-copy cache, or undefined for any other cache. */
export function parseSavedCacheName(name: string): { locale: Locale; build: string } | undefined {
	const match = /^sinergi-saved-(id|en)-([0-9a-f]+)$/.exec(name);
	return match ? { locale: match[1] as Locale, build: match[2] as string } : undefined;
}

/** Where the build writes a language's offline manifest, below the base path. */
export function manifestPath(locale: Locale): string {
	return `offline/${locale}.json`;
}

/**
 * The not-found page of each language, below the base path. It doubles as
 * the offline page: for a page that is not on the device, the worker serves it
 * with `data-offline` on `<html>`, which shows its offline text and the list
 * of saved pages instead of the not-found text.
 */
export const notFoundPages: Readonly<Record<Locale, string>> = { id: '404.html', en: 'en/404.html' };

/** The attribute on `<html>` that marks the not-found page served as the offline page. */
export const OFFLINE_ATTRIBUTE = 'data-offline';

/** The language of a URL path below the base path: its first segment when that is a language (`en/`), else the default. */
export function localeOfPath(pathBelowBase: string): Locale {
	return asLocale(pathBelowBase.split('/')[0]);
}

/** One file of a saved copy. */
export interface OfflineFile {
	/** Absolute path, with the base path (`/kesepakatan/`, `/_astro/x.css`). */
	url: string;
	/** Hash of the content; null when the name already carries one (`_astro/`). */
	revision: string | null;
	/** Bytes to download: gzip, as a host that compresses sends it. */
	size: number;
}

/** A saved page, for the offline page's list. */
export interface OfflinePage {
	url: string;
	title: string;
}

/** `offline/<locale>.json`: everything a language's saved copy holds, made from the build output. */
export interface OfflineManifest {
	build: string;
	locale: Locale;
	/** Bytes to download (the sum of the files' sizes). */
	bytes: number;
	/** Bytes as stored on the device (uncompressed). */
	stored: number;
	pages: OfflinePage[];
	files: OfflineFile[];
}

/**
 * What a saved copy keeps under its manifest's URL once every file is in:
 * the manifest and when it was saved. A cache without it is incomplete.
 */
export interface SavedMarker extends OfflineManifest {
	/** When the copy was made, ISO 8601. */
	savedAt: string;
}

/** Messages from a page to the worker; `renew` asks it to replace copies of earlier builds. */
export type ToWorker =
	{ type: 'save'; locale: Locale } | { type: 'remove'; locale: Locale } | { type: 'renew' } | { type: 'activate' };

/** Why saving stopped. */
export type SaveFailure = 'network' | 'storage' | 'outdated';

/** Messages from the worker to every open page. */
export type FromWorker =
	| { type: 'progress'; locale: Locale; done: number; total: number }
	| { type: 'saved'; locale: Locale; marker: SavedMarker }
	| { type: 'removed'; locale: Locale }
	| {
			type: 'failed';
			locale: Locale;
			reason: SaveFailure;
			/** A renewal the reader did not ask for. */ quiet: boolean;
	  };

/** Whether two listed files are the same content at the same URL (hashed names carry no revision). */
export function sameFile(a: OfflineFile, b: OfflineFile): boolean {
	return a.url === b.url && a.revision === b.revision;
}

/** Bytes a manifest still needs when the given finished copies can lend their identical files. */
export function bytesToDownload(manifest: OfflineManifest, saved: readonly SavedMarker[]): number {
	const held = saved.flatMap((marker) => marker.files);
	return manifest.files
		.filter((file) => !held.some((other) => sameFile(file, other)))
		.reduce((sum, file) => sum + file.size, 0);
}
