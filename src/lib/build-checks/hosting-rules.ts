import { headerPolicy, immutableCache, securityHeaders } from './security-policy';

/**
 * What every host must do for the built site, in one place: the headers, the
 * cache rules, the extra MIME types and what to compress. `_headers` (Netlify,
 * Cloudflare Pages), the nginx snippet and the Apache snippet the build writes
 * (`src/integrations/security-headers.ts`) are all generated from here, so no
 * host's rules can drift from the others or from the pages' own policy.
 * `docs/hosting.md` explains each rule to a host.
 */

/** Ask the server every time (a cheap 304 when nothing changed): a new deploy shows at once. */
const revalidate = 'no-cache';

/** A cache rule for a path under the site's base. */
export interface CacheRule {
	/** The path below the base: a folder ending in "/" (everything in it) or one file. */
	path: string;
	cacheControl: string;
	/** Why, for the comment in the generated file. */
	why: string;
}

/**
 * The paths with their own cache rule. Everything else (pages, feeds, data,
 * images) gets {@link defaultCacheControl}. Without an explicit rule nginx and
 * Apache send no Cache-Control, and browsers then guess a lifetime from the
 * file's date (heuristic caching), which showed an old page after a deploy.
 */
export const cacheRules: readonly CacheRule[] = [
	{
		path: '_astro/',
		cacheControl: immutableCache,
		why: 'fingerprinted scripts and styles: a new build gives them new names',
	},
	{
		path: 'sw.js',
		cacheControl: revalidate,
		why: 'the service worker: a new build must reach readers at once',
	},
	{
		path: 'offline/',
		cacheControl: revalidate,
		why: "the offline manifests: they list the current build's files",
	},
];

/** Cache-Control of every other file: pages, the web manifest, feeds, data, images. */
export const defaultCacheControl = revalidate;

/** The headers every response carries: the Content Security Policy and the other security headers. */
export function responseHeaders(): [string, string][] {
	return [['Content-Security-Policy', headerPolicy], ...Object.entries(securityHeaders)];
}

/**
 * MIME types the build's files need that servers' default lists may lack; the
 * snippets add them to the defaults (never replace them: an nginx `types`
 * block on its own would serve every other file as application/octet-stream).
 */
export const extraMimeTypes: Readonly<Record<string, string>> = {
	webmanifest: 'application/manifest+json',
	csv: 'text/csv',
	// Not `wasm` (search): the default lists of nginx and Apache have had it for years, and nginx warns of a duplicate.
};

/** Text types worth compressing (HTML is always compressed by nginx, and listed for Apache). */
export const compressedTypes: readonly string[] = [
	'text/html',
	'text/css',
	'text/javascript',
	'application/javascript',
	'application/json',
	'application/manifest+json',
	'image/svg+xml',
	'text/csv',
	'application/xml',
	// nginx's list gives feeds and the sitemap (`.xml`) this type.
	'text/xml',
	'application/atom+xml',
	'text/plain',
];

/** The languages' folders whose not-found page differs from the root's (`en/404.html`). */
export const localizedNotFound: readonly string[] = ['en/'];
