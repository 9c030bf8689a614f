import { getCollection } from 'astro:content';
import { useTranslations, type UiKey } from '../../i18n/ui';
import type { PageRoute } from '../collections/page-routes';
import type { provinces, topics } from '../collections/collection-schemas';
import {
	searchFilterGroups,
	type PageSearchFields,
	type SearchFieldsFile,
	type SearchFilterGroup,
} from './search-fields-file';
import { glossaryKeywords, keywordMatchers } from './search-keywords';
import { proseOf } from '../markdown/mdx-text';
import { siteRoutes, type SiteRoute } from '../site/site-routes';

export { searchFilterGroups, type SearchFilterGroup } from './search-fields-file';

/** The dictionary key that labels each filter value; a value without a label is a type error. */
const labelKeys: { [G in SearchFilterGroup]: Record<string, UiKey> } & {
	topic: Record<(typeof topics)[number], UiKey>;
	province: Record<(typeof provinces)[number], UiKey>;
} = {
	topic: {
		agreement: 'search.topic.agreement',
		trade: 'search.topic.trade',
		'green-economy': 'search.topic.green-economy',
		'blue-economy': 'search.topic.blue-economy',
		border: 'search.topic.border',
		ikn: 'search.topic.ikn',
		provinces: 'search.topic.provinces',
		commodities: 'search.topic.commodities',
		reference: 'search.topic.reference',
	},
	audience: { citizen: 'search.audience.citizen', investor: 'search.audience.investor' },
	economy: { green: 'search.economy.green', blue: 'search.economy.blue' },
	province: { kaltim: 'search.province.kaltim', kaltara: 'search.province.kaltara', kalbar: 'search.province.kalbar' },
};

/** The dictionary key of a filter value's label, e.g. `('economy', 'blue')` → `search.economy.blue`. */
export function filterLabelKey(group: SearchFilterGroup, value: string): UiKey {
	const key = labelKeys[group][value];
	if (!key)
		throw new Error(
			`Search filter "${group}: ${value}" has no label: add it to labelKeys in src/lib/search/search-fields.ts and to both dictionaries.`,
		);
	return key;
}

/** What a page tells the search index beyond its text: filter values and hidden keywords. */
interface SearchFields {
	filters: Record<SearchFilterGroup, string[]>;
	/** Other-language glossary names of the terms the page mentions, where the text lacks them. */
	keywords: string[];
}

/**
 * The filter values and glossary keywords of a page, from its frontmatter and
 * the glossary collection. Economy comes from a commodity's `economy` or from a
 * page's green/blue economy topic; provinces from a commodity's `provinces`.
 */
async function searchFields(route: PageRoute): Promise<SearchFields> {
	const matchers = await glossaryMatchers();
	const { data } = route.entry;
	const text = [data.title, data.summary, proseOf(route.entry.body ?? '')].join('\n');
	const keywords = glossaryKeywords(text, matchers, route.locale);
	const own = ('searchKeywords' in data ? (data.searchKeywords ?? []) : []).filter((word) => !keywords.includes(word));
	return { filters: filtersOf(route), keywords: [...keywords, ...own] };
}

let matchersMemo: { key: string; matchers: ReturnType<typeof keywordMatchers> } | undefined;

/**
 * The glossary's matchers, compiled once per version of the glossary: compiling them is a regular
 * expression over every name, and every page asks (at 1,000 pages, 0.3 s of a build compiled the
 * same expressions again). Keyed on the entries' digests, so an edited glossary in `astro dev`
 * compiles anew.
 */
async function glossaryMatchers(): Promise<ReturnType<typeof keywordMatchers>> {
	const entries = await getCollection('glossary');
	const key = entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('|');
	if (matchersMemo?.key !== key) matchersMemo = { key, matchers: keywordMatchers(entries.map((entry) => entry.data)) };
	return matchersMemo.matchers;
}

/** The filter values of a page (see `searchFields`). */
function filtersOf(route: PageRoute): Record<SearchFilterGroup, string[]> {
	const { data } = route.entry;
	const isCommodity = route.collection === 'commodities' && 'economy' in data;
	const economy = isCommodity
		? [data.economy]
		: data.topics.flatMap((topic) =>
				topic === 'green-economy' ? ['green'] : topic === 'blue-economy' ? ['blue'] : [],
			);
	return {
		topic: [...data.topics],
		audience: [...data.audience],
		economy,
		province: isCommodity ? [...data.provinces] : [],
	};
}

/** Every filter value used by a set of pages, per group, in first-seen order. */
export function filterValuesOf(routes: readonly PageRoute[]): Record<SearchFilterGroup, string[]> {
	const values = Object.fromEntries(searchFilterGroups.map((group) => [group, new Set<string>()])) as Record<
		SearchFilterGroup,
		Set<string>
	>;
	for (const route of routes) {
		const filters = filtersOf(route);
		for (const group of searchFilterGroups) for (const value of filters[group]) values[group].add(value);
	}
	return Object.fromEntries(searchFilterGroups.map((group) => [group, [...values[group]]])) as Record<
		SearchFilterGroup,
		string[]
	>;
}

/**
 * The search fields of a part of the source list: the filters of the sources
 * page it belongs to, and no glossary keywords (it lists headlines, it
 * explains no term).
 */
function registryPartSearchFields(sourcesPage: PageRoute): SearchFields {
	return { filters: filtersOf(sourcesPage), keywords: [] };
}

/**
 * The search fields of any built page as the side file holds them: its filter
 * values and keywords (`searchFields`, or `registryPartSearchFields` for a part
 * of the source list) and its topic labels in its language.
 */
async function pageSearchFields(route: SiteRoute): Promise<PageSearchFields> {
	const fields = route.kind === 'page' ? await searchFields(route) : registryPartSearchFields(route.parent);
	const t = useTranslations(route.locale);
	const topic = fields.filters.topic.map((value) => t(filterLabelKey('topic', value))).join(', ');
	return { topic, keywords: fields.keywords, filters: fields.filters };
}

/**
 * Every built page's search fields by its path, for the side file the Pagefind
 * integration adds to the pages as it indexes them (`src/lib/search/search-fields-file.ts`).
 */
export async function searchFieldsFile(): Promise<SearchFieldsFile> {
	const routes = await siteRoutes();
	return Object.fromEntries(
		await Promise.all(routes.map(async (route) => [route.path, await pageSearchFields(route)] as const)),
	);
}
