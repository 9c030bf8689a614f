import { otherLocale, type Locale } from '../../i18n/locales';
import { getRoutes, routeByKey } from '../collections/page-routes';

/** Id of the list of every page on the search page (the no-JavaScript way in). */
export const allPagesId = 'all-pages';

/** Site-relative paths the search interface links to. */
export interface SearchPaths {
	/** The search page of this language (`/cari/`, `/en/search/`). */
	search: string;
	/** The search page of the other language, for "search the other site". */
	otherSearch: string;
	/** The glossary, or the list of all pages until the glossary exists. */
	glossary: string;
}

/** Where the search dialog and page link to, in one language. */
export async function searchPaths(locale: Locale): Promise<SearchPaths> {
	const search = (await routeByKey('pages', 'search', locale)).path;
	const otherSearch = (await routeByKey('pages', 'search', otherLocale(locale))).path;
	const glossary = (await getRoutes()).find(
		(route) => route.collection === 'pages' && route.key === 'glossary' && route.locale === locale,
	);
	return { search, otherSearch, glossary: glossary?.path ?? `${search}#${allPagesId}` };
}
