import type { Locale } from '../../i18n/locales';
import { pagefindOptions } from '../search/pagefind-options';
import { isRedirectFile } from '../build-checks/page-redirects';
import { basePath } from '../../i18n/urls';
import { urlPathOfFile } from '../build-checks/built-site';

/**
 * Which built files make up a language's offline copy, as glob patterns over
 * the build folder (read by Workbox's `getManifest`): the language's pages,
 * the site's stylesheet and scripts, its icon, the open-data files with the charts' downloads (one file
 * holds both languages), the search dialog's text in the language, and the language's search index with Pagefind's
 * script, its worker when search uses one, and WebAssembly. Left out: the other language, the
 * not-found pages (offline, the offline page answers instead), feeds,
 * sitemap, the app manifests and icons, the share images (read by other sites,
 * never by a page), and Pagefind's ready-made interfaces, which the site does not use.
 */
export function offlineGlobs(locale: Locale): { globPatterns: string[]; globIgnores: string[] } {
	const worker = pagefindOptions.noWorker ? [] : ['pagefind/pagefind-worker.js'];
	const shared = [
		'_astro/**/*',
		'favicon.svg',
		'data/**/*',
		'pagefind/pagefind.js',
		...worker,
		'pagefind/pagefind-entry.json',
	];
	const search = [
		`search-dialog/${locale}.json`,
		`pagefind/pagefind.${locale}_*.pf_meta`,
		`pagefind/wasm.${locale}.pagefind`,
		`pagefind/index/${locale}_*`,
		`pagefind/fragment/${locale}_*`,
		`pagefind/filter/${locale}_*`,
	];
	const pages = locale === 'en' ? ['en/**/*.html'] : ['**/*.html'];
	const ignores = locale === 'en' ? ['en/404.html'] : ['en/**', '404.html'];
	return { globPatterns: [...pages, ...search, ...shared], globIgnores: ignores };
}

/**
 * Whether a built file is an HTML page of the site (by name). A redirect page
 * left at an old address is still stored, so the old link works offline, but
 * it is not a page to list among the saved ones.
 */
export function isPageFile(file: string): boolean {
	return file.endsWith('.html') && !isRedirectFile(file);
}

/**
 * The URL a built file is served at, with the base path: pages by their
 * folder (`kesepakatan/index.html` → `/base/kesepakatan/`), other files as
 * they are. Pagefind's entry file carries the build id as Pagefind asks for it
 * when its `metaCacheTag` option is set (`pagefind-entry.json?ts=<id>`), so
 * the saved copy answers the exact request.
 */
export function offlineUrlOf(file: string, base: string, build: string): string {
	if (file === 'pagefind/pagefind-entry.json') return `${basePath(base)}${file}?ts=${build}`;
	return urlPathOfFile(file, base);
}

/** Build-relative files named by content hash (`_astro/`), which need no revision. */
export const HASHED_FILES = /^_astro\//;
