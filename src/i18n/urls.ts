import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * The site's base path as `/` or `/sub/`, with both slashes, however it was
 * written (`sub`, `/sub`, `/sub/`). The one place a base path is normalised:
 * join a file to it with `${basePath(base)}${file}`, a page with `joinBase`.
 */
export function basePath(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Joins the site's base path and a site-relative path, always ending in `/`
 * unless the path names a file (has an extension) or carries a query or hash.
 * `joinBase('/sub/', '/en/agreement')` → `/sub/en/agreement/`.
 */
export function joinBase(base: string, path: string): string {
	const [pathname = '', suffix = ''] = splitSuffix(path);
	const cleanPath = pathname.replace(/^\/+/, '');
	const isFile = /\.[a-z0-9]+$/i.test(cleanPath);
	const joined = `${basePath(base)}${cleanPath}`;
	const withSlash = isFile || joined.endsWith('/') ? joined : `${joined}/`;
	return withSlash + suffix;
}

function splitSuffix(path: string): [string, string] {
	const index = path.search(/[?#]/);
	return index === -1 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}

/**
 * Turns a site-relative path into a URL under the configured base (`BASE_PATH`).
 * Reads the base on each call so this module also loads where Vite's
 * `import.meta.env` is absent (the Markdown plugins run from the config).
 */
export function url(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * The site-relative path of a page from its language and slug:
 * `('id', 'kesepakatan')` → `/kesepakatan/`, `('en', '')` → `/en/`.
 */
export function localePath(locale: Locale, slug: string): string {
	const prefix = locale === defaultLocale ? '' : `${locale}/`;
	const rest = slug.replace(/^\/+|\/+$/g, '');
	return `/${prefix}${rest}${rest ? '/' : ''}`;
}

/** The site-relative path of a language's not-found page: `/404.html`, `/en/404.html` (see `src/integrations/localized-404.ts`). */
export function notFoundPath(locale: Locale): string {
	return `${localePath(locale, '').replace(/\/$/, '')}/404.html`;
}

/** The site-relative home path of a language. */
export function homePath(locale: Locale): string {
	return localePath(locale, '');
}

/**
 * The language of a page from its URL path under the base: `/sub/en/map/` → `en`,
 * `/sub/peta/` → `id`. For components placed in content, which get no `locale` prop.
 */
export function localeOfPath(pathname: string, base: string = import.meta.env.BASE_URL): Locale {
	const rest = pathname.slice(basePath(base).length);
	const first = rest.split('/')[0] ?? '';
	return isLocale(first) ? first : defaultLocale;
}
