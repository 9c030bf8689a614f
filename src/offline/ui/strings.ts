import { asLocale, type Locale } from '../../i18n/locales';
import { fillTemplate } from '../../lib/search/search-excerpt';

/** The language of the page the interface runs on. */
export const pageLocale: Locale = asLocale(document.documentElement.lang);

/**
 * An `offline.*` string in the page's language, with its
 * `{placeholders}` filled. The strings come from the dictionaries at build time.
 */
export function tr(key: string, values: Record<string, string | number> = {}): string {
	const text = __SINERGI_OFFLINE_STRINGS__[pageLocale][key];
	if (text === undefined) throw new Error(`No offline string "${key}".`);
	return fillTemplate(text, values);
}
