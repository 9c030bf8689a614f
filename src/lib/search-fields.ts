import { getCollection } from 'astro:content';
import type { PageRoute } from './routes';
import { glossaryKeywords } from './search-keywords';

/** Filter groups offered on the search page, in the order shown. */
export const searchFilterGroups = ['topic', 'audience', 'economy', 'province'] as const;

/** One filter group. */
export type SearchFilterGroup = (typeof searchFilterGroups)[number];

/** What a page tells the search index beyond its text: filter values and hidden keywords. */
export interface SearchFields {
	filters: Record<SearchFilterGroup, string[]>;
	/** Glossary names in both languages for the terms the page mentions. */
	keywords: string[];
}

/**
 * The filter values and glossary keywords of a page, from its frontmatter and
 * the glossary collection. Economy comes from a commodity's `economy` or from a
 * page's green/blue economy topic; provinces from a commodity's `provinces`.
 */
export async function searchFields(route: PageRoute): Promise<SearchFields> {
	const glossary = (await getCollection('glossary')).map((entry) => entry.data);
	const { data } = route.entry;
	const text = [data.title, data.summary, route.entry.body ?? ''].join('\n');
	return { filters: filtersOf(route), keywords: glossaryKeywords(text, glossary) };
}

/** The filter values of a page (see `searchFields`). */
export function filtersOf(route: PageRoute): Record<SearchFilterGroup, string[]> {
	const { data } = route.entry;
	const isCommodity = route.collection === 'commodities' && 'economy' in data;
	const economy = isCommodity
		? [data.economy]
		: data.topics.flatMap((topic) => (topic === 'green-economy' ? ['green'] : topic === 'blue-economy' ? ['blue'] : []));
	return {
		topic: [...data.topics],
		audience: [...data.audience],
		economy,
		province: isCommodity ? [...data.provinces] : [],
	};
}

/** Every filter value used by a set of pages, per group, in first-seen order. */
export function filterValuesOf(routes: readonly PageRoute[]): Record<SearchFilterGroup, string[]> {
	const values = Object.fromEntries(searchFilterGroups.map((group) => [group, new Set<string>()])) as Record<SearchFilterGroup, Set<string>>;
	for (const route of routes) {
		const filters = filtersOf(route);
		for (const group of searchFilterGroups) for (const value of filters[group]) values[group].add(value);
	}
	return Object.fromEntries(searchFilterGroups.map((group) => [group, [...values[group]]])) as Record<SearchFilterGroup, string[]>;
}
