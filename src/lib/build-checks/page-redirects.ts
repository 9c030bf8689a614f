import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { pagePolicy } from './security-policy';
import { basePath } from '../../i18n/urls';

/**
 * Old page addresses that moved, and the static pages left at them. A moved
 * page keeps working for readers who saved or shared the old link: the old
 * folder gets a small HTML page that sends the browser on with a
 * `<meta http-equiv="refresh">` (no script, so it works with JavaScript off
 * and from the offline copy), names the new address as canonical, and shows
 * a plain link for browsers that do not follow the refresh.
 */

/** One moved page: both paths below the base, with a trailing slash and no leading one. */
export interface PageRedirect {
	/** The old path, e.g. `en/commodities/shellfish/`. */
	readonly from: string;
	/** The new path, e.g. `en/commodities/clams/`. */
	readonly to: string;
	/** The page's language, for `<html lang>` and the words shown. */
	readonly locale: Locale;
}

/**
 * Every moved page. The English clams profile left `/en/commodities/shellfish/`
 * because the page itself explains why "shellfish" is the wrong word for *kerang*.
 */
export const PAGE_REDIRECTS: readonly PageRedirect[] = [
	{ from: 'en/commodities/shellfish/', to: 'en/commodities/clams/', locale: 'en' },
];

/** The build file a redirect is written to, relative to the build folder: `en/commodities/shellfish/index.html`. */
export function redirectFileOf(redirect: PageRedirect): string {
	return `${redirect.from}index.html`;
}

const redirectFiles = new Set(PAGE_REDIRECTS.map(redirectFileOf));

/**
 * Whether a built file is a redirect page rather than a page of the site.
 * Redirect pages carry no layout, navigation, share image or search entry, so
 * the checks that walk every page of the site leave them out; their own test
 * (`tests/build/redirects.test.ts`) checks them.
 */
export function isRedirectFile(file: string): boolean {
	return redirectFiles.has(file);
}

/** Escapes text for an HTML attribute or element. */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The HTML of a redirect page. `base` is the site's base path (`/` or
 * `/sinergi-kalimantan/`) and `site` its origin, as in the Astro config, so
 * the page works at the root and under a sub-path alike.
 */
export function redirectPageHtml(redirect: PageRedirect, base: string, site: string): string {
	const target = `${basePath(base)}${redirect.to}`;
	const canonical = new URL(target, site).href;
	const t = useTranslations(redirect.locale);
	const [title, text] = [t('redirect.title'), t('redirect.text')];
	return [
		'<!doctype html>',
		`<html lang="${redirect.locale}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="content-security-policy" content="${escapeHtml(pagePolicy)}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="robots" content="noindex">',
		`<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`,
		`<link rel="canonical" href="${escapeHtml(canonical)}">`,
		`<title>${title}</title>`,
		'</head>',
		'<body>',
		`<h1>${title}</h1>`,
		`<p>${text} <a href="${escapeHtml(target)}">${escapeHtml(canonical)}</a></p>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
