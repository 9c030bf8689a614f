import { UNDATED, type SourceKind } from './source-rules';

/**
 * How the citation registry is split into pages. The whole registry on one
 * page outgrew the per-page weight budget (14 KB gzip; the article URLs are
 * most of the bytes), so it is listed in parts: the kinds a reader looks for
 * together form a group, and a group longer than `MAX_PER_PART` entries is
 * split into numbered parts of near-equal length. Everything follows from the
 * registry itself, so a new source lands in its part and a new part appears
 * when a group outgrows its pages.
 */

/** The groups, in the order the sources page lists them. */
export const registryGroupKeys = ['official', 'news'] as const;

/** A group of the registry: `official` (official, advertorial, reference) or `news`. */
export type RegistryGroupKey = (typeof registryGroupKeys)[number];

/** The kinds each group lists, in the order it lists them. Every kind is in exactly one group. */
export const registryGroupKinds: Record<RegistryGroupKey, readonly SourceKind[]> = {
	official: ['official', 'advertorial', 'reference'],
	news: ['news', 'opinion'],
};

/**
 * The most entries one part lists. An entry weighs about 0.12 KB gzip and the
 * page around the list about 3.5 KB, so a full part is near 9 KB: under the
 * 14 KB budget with room for longer notes and more citing pages.
 */
export const MAX_PER_PART = 45;

/** What splitting needs to know of a source. */
export interface SplittableSource {
	id: string;
	kind: SourceKind;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`. */
	date: string;
}

/** One part of the registry: the sources one page lists. */
export interface RegistryPart<T extends SplittableSource = SplittableSource> {
	/** Language-neutral key, e.g. `news-2`: what a part's Indonesian and English pages share. */
	key: string;
	group: RegistryGroupKey;
	/** 1-based number of the part within its group. */
	number: number;
	/** How many parts its group has. */
	of: number;
	/** Its sources, by kind (in the group's order), then oldest first, undated last. */
	sources: T[];
}

/** The dates a part spans: its oldest and newest dated source, and how many are undated. */
export interface DateSpan {
	first?: string;
	last?: string;
	undated: number;
}

/** The group that lists a kind; throws naming the fix when no group does. */
export function groupOfKind(kind: SourceKind): RegistryGroupKey {
	const group = registryGroupKeys.find((key) => registryGroupKinds[key].includes(kind));
	if (!group)
		throw new Error(
			`Source kind "${kind}" belongs to no registry group: add it to registryGroupKinds in src/lib/sources/registry-parts.ts.`,
		);
	return group;
}

/** Sorts by kind in the group's order, then dated sources oldest first, undated last, then by id. */
function compareIn(group: RegistryGroupKey): (a: SplittableSource, b: SplittableSource) => number {
	const kinds = registryGroupKinds[group];
	return (a, b) =>
		kinds.indexOf(a.kind) - kinds.indexOf(b.kind) ||
		Number(a.date === UNDATED) - Number(b.date === UNDATED) ||
		(a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Splits the registry into its parts, in the order the sources page lists
 * them. Deterministic: the same registry always gives the same parts, whatever
 * the order of the file. A group of n entries gets ceil(n / max) parts whose
 * lengths differ by one at most; an empty group gets none.
 */
export function splitRegistry<T extends SplittableSource>(
	sources: readonly T[],
	max: number = MAX_PER_PART,
): RegistryPart<T>[] {
	if (!Number.isInteger(max) || max < 1) throw new Error(`A registry part holds at least one source, not ${max}.`);
	for (const source of sources) groupOfKind(source.kind);
	return registryGroupKeys.flatMap((group) => {
		const items = sources.filter((source) => groupOfKind(source.kind) === group).sort(compareIn(group));
		const of = Math.ceil(items.length / max);
		const parts: RegistryPart<T>[] = [];
		let start = 0;
		for (let index = 0; index < of; index++) {
			const length = Math.floor(items.length / of) + (index < items.length % of ? 1 : 0);
			parts.push({
				key: `${group}-${index + 1}`,
				group,
				number: index + 1,
				of,
				sources: items.slice(start, start + length),
			});
			start += length;
		}
		return parts;
	});
}

/** The oldest and newest dates among a part's sources (dates compare as text: `2025` < `2025-08` < `2025-08-07`). */
export function dateSpan(sources: readonly Pick<SplittableSource, 'date'>[]): DateSpan {
	const dated = sources
		.map((source) => source.date)
		.filter((date) => date !== UNDATED)
		.sort();
	const span: DateSpan = { undated: sources.length - dated.length };
	if (dated.length > 0) {
		span.first = dated[0] as string;
		span.last = dated.at(-1) as string;
	}
	return span;
}
