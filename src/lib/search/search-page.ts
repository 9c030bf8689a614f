import type { Locale } from '../../i18n/locales';
import { compareText } from '../../i18n/formats';
import { routesFor } from '../collections/page-routes';
import { siteRoutesFor, titleOf } from '../site/site-routes';
import { filterValuesOf, type SearchFilterGroup } from './search-fields';
import { searchPaths, type SearchPaths } from './search-links';

/** What the search page's section shows besides the form. */
export interface SearchPageData {
	paths: SearchPaths;
	filterValues: Record<SearchFilterGroup, string[]>;
	pages: { title: string; path: string }[];
}

/** The search page's links, the filter values in use, and every page of the language (the parts of the source list too) sorted by title. */
export async function searchPageData(locale: Locale): Promise<SearchPageData> {
	const routes = await routesFor(locale);
	const pages = (await siteRoutesFor(locale))
		.map((route) => ({ title: titleOf(route), path: route.path }))
		.sort((a, b) => compareText(locale)(a.title, b.title));
	return { paths: await searchPaths(locale), filterValues: filterValuesOf(routes), pages };
}
