import { defaultLocale, type Locale } from './locales';

/**
 * Joins the site's base path and a site-relative path, always ending in `/`
 * unless the path names a file (has an extension) or carries a query or hash.
 * `joinBase('/sub/', '/en/agreement')` → `/sub/en/agreement/`.
 */
export function joinBase(base: string, path: string): string {
	const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
	const [pathname = '', suffix = ''] = splitSuffix(path);
	const cleanPath = pathname.replace(/^\/+/, '');
	const isFile = /\.[a-z0-9]+$/i.test(cleanPath);
	const joined = `${cleanBase}/${cleanPath}`;
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

/** The site-relative home path of a language. */
export function homePath(locale: Locale): string {
	return localePath(locale, '');
}


/**
 * The language of a built page from its URL path (with the base): English
 * pages live under `/en/`, everything else is Indonesian. Content components
 * placed in MDX use it, so an editor never writes the language twice.
 */
export function localeOfPagePath(pathname: string, base: string = import.meta.env.BASE_URL): Locale {
	const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const rest = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length) : pathname.replace(/^\/+/, '');
	return rest === 'en' || rest.startsWith('en/') ? 'en' : defaultLocale;
}
