import { z } from 'astro/zod';
import { audiences, economies, provinces, sectors, sourceKinds, topics } from './content-enums';

/**
 * The schemas of single frontmatter and YAML fields that need nothing from
 * Astro's runtime, so the collection schemas (`src/lib/collections/collection-schemas.ts`) and the
 * editor scripts (`npm run new`, through `src/lib/scaffold/scaffold.ts`) validate a
 * value with the very same rule and message.
 */

/** An id in a YAML collection or a content file name: lowercase words and digits joined by `-`. */
export const entryId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and "-", e.g. "border-trade".');

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD (timeline events, figures, sources). */
export const partialDate = z.string().regex(PARTIAL_DATE, {
	error: (issue) => {
		const guess = typeof issue.input === 'string' ? dayInWords(issue.input) : undefined;
		return guess
			? `"${String(issue.input)}" is a date in words. Write it in numbers, year first: write "${guess}".`
			: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-08-07".';
	},
});

/** Month names an editor may write, Indonesian and English, full and short, lower case → month number. */
const MONTHS: ReadonlyMap<string, number> = new Map(
	[
		['januari', 'january', 'jan'],
		['februari', 'february', 'feb', 'pebruari'],
		['maret', 'march', 'mar'],
		['april', 'apr'],
		['mei', 'may'],
		['juni', 'june', 'jun'],
		['juli', 'july', 'jul'],
		['agustus', 'august', 'agu', 'agt', 'aug'],
		['september', 'sep', 'sept'],
		['oktober', 'october', 'okt', 'oct'],
		['november', 'nov', 'nopember'],
		['desember', 'december', 'des', 'dec'],
	].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/**
 * The YYYY-MM-DD form of a day written in words or numbers the other way round
 * ("1 Desember 2026", "December 1, 2026", "01/12/2026"), or undefined when the
 * text is not recognisably a day. Used only to suggest the fix.
 */
export function dayInWords(text: string): string | undefined {
	const value = text.trim().toLowerCase().replace(/,/g, ' ');
	let day: number | undefined;
	let month: number | undefined;
	let year: number | undefined;
	const dayFirst = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(value);
	const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2})\s+(\d{4})$/u.exec(value);
	const numbers = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
	if (dayFirst) [day, month, year] = [Number(dayFirst[1]), MONTHS.get(dayFirst[2] ?? ''), Number(dayFirst[3])];
	else if (monthFirst)
		[day, month, year] = [Number(monthFirst[2]), MONTHS.get(monthFirst[1] ?? ''), Number(monthFirst[3])];
	// Indonesian order: day first (01/12/2026 is 1 December).
	else if (numbers) [day, month, year] = [Number(numbers[1]), Number(numbers[2]), Number(numbers[3])];
	if (!day || !month || !year || month > 12 || day > 31) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The fix for a day the build cannot read: the value in YYYY-MM-DD when it can be guessed. */
function dayFix(input: unknown): string {
	const guess = typeof input === 'string' ? dayInWords(input) : undefined;
	const shown = typeof input === 'string' ? `"${input}"` : String(input);
	return guess
		? `${shown} is a date in words. Write it in numbers, year first: write ${guess}.`
		: `${shown} is not a date the site can read. Write it in numbers, year first, e.g. write 2026-12-01 for 1 December 2026.`;
}

/**
 * One day, written YYYY-MM-DD (frontmatter `updated` and `factsChecked`, the
 * date of a change note). Replaces `z.coerce.date()`, which silently read
 * "December 1, 2026" in the build machine's time zone and refused
 * "1 Desember 2026" with "Invalid date". `missing` is the message for a date
 * left out.
 */
export function calendarDay(missing = 'The date is missing. Write it in numbers, year first, e.g. 2026-12-01.') {
	return z
		.union([z.date(), z.string()], { error: (issue) => (issue.input === undefined ? missing : dayFix(issue.input)) })
		.transform((value, ctx) => {
			// An unquoted 2026-12-01 in YAML frontmatter arrives as a Date already.
			const date =
				value instanceof Date
					? value
					: /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
						? new Date(`${value.trim()}T00:00:00Z`)
						: undefined;
			if (
				date &&
				!Number.isNaN(date.getTime()) &&
				(value instanceof Date || date.toISOString().startsWith(value.trim()))
			)
				return date;
			ctx.addIssue({ code: 'custom', message: dayFix(value), input: value });
			return z.NEVER;
		});
}

/** Text in both languages, side by side (used by the YAML collections). */
export const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** A title, a name or a term: any text but none. */
export const label = z.string().min(1, 'This cannot be empty.');

/** The description search engines show: at most 160 characters. */
export const description = z
	.string()
	.min(1, 'The description cannot be empty.')
	.max(160, {
		error: (issue) =>
			`Keep the description to 160 characters or fewer (it has ${String(issue.input).length}): search engines cut the rest.`,
	});

/** 1–3 sentences: the plain-language summary shown first on every page. */
export const summary = z
	.string()
	.min(1, 'The summary cannot be empty.')
	.refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 3, {
		message: 'The summary must be 1–3 short sentences; move the rest into the page body.',
	});

/** URL slug below the language root: lowercase words joined by `-`, parts by `/`; empty for the home page. */
export const slug = z
	.string()
	.regex(
		/^([a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*)?$/,
		'Use lowercase letters, digits and "-", parts separated by "/", e.g. "komoditas/beras-krayan" ("" for the home page).',
	);

/** A web address a reader can open: http or https. */
export const webAddress = z.url({
	protocol: /^https?$/,
	error: 'Copy the address from the browser, starting with https://.',
});

/** The topics of a page: at least one. */
export const topicList = z.array(z.enum(topics)).min(1);

/** Who a page is for: at least one audience. */
export const audienceList = z.array(z.enum(audiences)).min(1);

/** The provinces of a commodity: at least one. */
export const provinceList = z.array(z.enum(provinces)).min(1);

/** The sector of a commodity. */
export const sector = z.enum(sectors);

/** The economy of a commodity: green or blue. */
export const economy = z.enum(economies);

/** The kind of a registry source. */
export const sourceKind = z.enum(sourceKinds);
