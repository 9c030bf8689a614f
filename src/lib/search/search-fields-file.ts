/**
 * The search fields side file: what each page tells the search index beyond
 * its text (topic metadata, glossary keywords, filter values), written by the
 * build to `SEARCH_FIELDS_FILE` (`src/pages/search-index-fields.json.ts`),
 * read by the Pagefind integration, then deleted, so the deployed pages carry
 * none of it. Plain code without `astro:content`, as the integration runs
 * outside Astro's content layer.
 */

/** Filter groups offered on the search page, in the order shown. */
export const searchFilterGroups = ['topic', 'audience', 'economy', 'province'] as const;

/** One filter group. */
export type SearchFilterGroup = (typeof searchFilterGroups)[number];

/** The file, relative to the build folder, that holds every page's fields until Pagefind has read them. */
export const SEARCH_FIELDS_FILE = 'search-index-fields.json';

/** One page's search fields as the side file holds them. */
export interface PageSearchFields {
	/** The topic labels in the page's language, comma-separated: the `topic` metadata results show. */
	topic: string;
	/** Other-language glossary names of the terms the page mentions, where the text lacks them. */
	keywords: string[];
	filters: Record<SearchFilterGroup, string[]>;
}

/** The side file: each page's fields by its site-relative path without the base (`/en/agreement/`). */
export type SearchFieldsFile = Record<string, PageSearchFields>;

/** A built page the index reads: its path in the build folder, its URL path without the base, and whether it has `data-pagefind-body`. */
export interface IndexedPage {
	file: string;
	path: string;
	indexed: boolean;
}

/**
 * Pairs every indexed page with its fields, and throws naming each page
 * without fields and each entry without a page: a page whose fields are lost
 * would drop out of its filters and lose its cross-language keywords unseen.
 */
export function fieldsOfPages(pages: readonly IndexedPage[], fields: SearchFieldsFile): Map<string, PageSearchFields> {
	const paired = new Map<string, PageSearchFields>();
	const problems: string[] = [];
	const indexed = pages.filter((page) => page.indexed);
	for (const page of indexed) {
		const entry = fields[page.path];
		if (entry) paired.set(page.file, entry);
		else
			problems.push(
				`${page.file} has data-pagefind-body but no entry for "${page.path}" in ${SEARCH_FIELDS_FILE}: build the page from a route of siteRoutes() (src/lib/site/site-routes.ts), which the side file lists, or remove data-pagefind-body.`,
			);
	}
	const paths = new Set(indexed.map((page) => page.path));
	for (const path of Object.keys(fields)) {
		if (!paths.has(path))
			problems.push(
				`${SEARCH_FIELDS_FILE} lists "${path}", but no built page there has data-pagefind-body: give the page's layout an element with data-pagefind-body, or leave the route out of searchFieldsFile() (src/lib/search/search-fields.ts).`,
			);
	}
	if (problems.length > 0) throw new Error(`Search fields do not match the built pages:\n  ${problems.join('\n  ')}`);
	return paired;
}
