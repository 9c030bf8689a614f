/**
 * How many results each filter option would give, for the search page's
 * filters. Options of one group combine with "any", groups with "all", so the
 * count of an option is the number of results of the query and of the other
 * groups' selections that carry it: what the reader gets by ticking it alone
 * in its group.
 */

/** Filters as Pagefind takes them: any of the values within a group, all groups together. */
export type SearchFilters = Record<string, { any: string[] }>;

/** Result counts per filter group and value. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A Pagefind search that reports, for each group named in its filters, the count of every value among its results. */
export type CountingSearch = (term: string | null, filters: SearchFilters) => Promise<{ filters: FilterCounts }>;

/** The filters with every group present, unselected ones as `any: []` (no restriction), so Pagefind counts them all. */
export function withEveryGroup(filters: SearchFilters, groups: readonly string[]): SearchFilters {
	return Object.fromEntries(groups.map((group) => [group, filters[group] ?? { any: [] }]));
}

/**
 * The count of every option. `counted` is what the search that found the
 * results reported (right for the groups with nothing selected); each group
 * with a selection is counted again without its own selection.
 */
export async function filterCounts(
	search: CountingSearch,
	term: string | null,
	filters: SearchFilters,
	groups: readonly string[],
	counted: FilterCounts,
): Promise<FilterCounts> {
	const counts: FilterCounts = { ...counted };
	await Promise.all(
		groups
			.filter((group) => (filters[group]?.any.length ?? 0) > 0)
			.map(async (group) => {
				const others = withEveryGroup({ ...filters, [group]: { any: [] } }, groups);
				counts[group] = (await search(term, others)).filters[group] ?? {};
			}),
	);
	return counts;
}
