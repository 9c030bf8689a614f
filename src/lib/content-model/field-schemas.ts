import { z } from 'astro/zod';
import { audiences, economies, provinces, sectors, sourceKinds, topics } from './content-enums';

/**
 * The schemas of single frontmatter and YAML fields that need nothing from
 * Astro's runtime, so the collection schemas (`src/lib/content/schemas.ts`) and the
 * editor scripts (`npm run new`, through `src/lib/content-model/scaffold.ts`) validate a
 * value with the very same rule and message.
 */

/** An id in a YAML collection or a content file name: lowercase words and digits joined by `-`. */
export const entryId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and "-", e.g. "border-trade".');

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD (timeline events, figures, sources). */
export const partialDate = z
	.string()
	.regex(PARTIAL_DATE, 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-08-07".');

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
