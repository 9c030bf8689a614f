import { UNDATED } from './source-rules';

/**
 * The "newest report we found" of a page: the month of the newest dated
 * source it relies on, shown beside "facts checked as of" so that nobody takes
 * early-2026 news for news of the month the facts were checked. Pages write it
 * in their frontmatter (`newestReport`); these functions propose the value and
 * check it against the sources the page cites.
 */

/** `YYYY-MM`, or `YYYY` when the newest source is dated by its year only. */
export const REPORT_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** A source's date as far as a month goes: `2025-08-07` → `2025-08`; `2025` stays `2025`. */
export function monthOf(date: string): string {
	return date.slice(0, 7);
}

/**
 * A sortable key of a partial date. A year alone sorts before every month of
 * that year: "2025" might be any month, so a report known to be from August
 * 2025 is the newest one we can vouch for.
 */
function sortKey(date: string): string {
	return `${date}-00-00`.slice(0, 10);
}

/** The newest of some sources' dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`), as a month; undefined when none is dated. */
export function newestReportOf(dates: readonly string[]): string | undefined {
	let newest: string | undefined;
	for (const date of dates) {
		if (date === UNDATED) continue;
		if (newest === undefined || sortKey(date) > sortKey(newest)) newest = date;
	}
	return newest === undefined ? undefined : monthOf(newest);
}

/** A source as the check needs it. */
export interface DatedSource {
	id: string;
	date: string;
}

/**
 * What is wrong with a page's `newestReport` given the sources it cites, in
 * words an editor can act on: it must not be older than the newest dated
 * source (a newer value can come from what a page's template section shows,
 * such as the timeline; the build-output tests check the exact month).
 * Undefined when all is well. `where` names the file.
 */
export function newestReportProblem(
	where: string,
	newestReport: string,
	sources: readonly DatedSource[],
): string | undefined {
	const expected = newestReportOf(sources.map((source) => source.date));
	if (expected === undefined || sortKey(newestReport) >= sortKey(expected)) return undefined;
	const newest = sources.find((source) => source.date !== UNDATED && monthOf(source.date) === expected);
	return `${where}: newestReport "${newestReport}" is older than the newest source this page cites, "${newest?.id ?? '?'}" (${newest?.date ?? expected}). Write newestReport: "${expected}" (the month of the newest dated source the page relies on).`;
}
