import type { Locale } from '../../i18n/locales';
import { otherLocale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { url } from '../../i18n/urls';
import { searchStrings } from './search-strings';
import { searchPaths } from './search-links';

/** Site-relative path of the header dialog's text in one language: `/search-dialog/id.json`. */
export function searchDialogTextPath(locale: Locale): string {
	return `/search-dialog/${locale}.json`;
}

/**
 * What the header search dialog shows and needs beyond its box, in one
 * language: its title, hint and result list's name, and the `data-*` values
 * of its `<search-ui>` (Pagefind's bundle, the messages, where the empty
 * state links). The dialog is built when a reader opens search, so this
 * travels as one small file instead of in every page.
 */
export async function searchDialogText(locale: Locale) {
	const t = useTranslations(locale);
	const paths = await searchPaths(locale);
	return {
		title: t('search.dialogTitle'),
		hint: t('search.hint'),
		results: t('search.results'),
		ui: {
			limit: '8',
			bundle: url('/pagefind/pagefind.js'),
			strings: searchStrings(t),
			glossary: url(paths.glossary),
			otherSearch: url(paths.otherSearch),
			otherLang: otherLocale(locale),
		},
	};
}

/** The dialog's text as the browser receives it. */
export type SearchDialogText = Awaited<ReturnType<typeof searchDialogText>>;
