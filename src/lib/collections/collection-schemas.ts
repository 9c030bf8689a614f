import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { templates } from '../schemas/content-enums';
import {
	audienceList,
	bilingual,
	calendarDay,
	description,
	economy,
	entryId,
	label,
	partialDate,
	provinceList,
	sector,
	slug,
	summary,
	topicList,
} from '../schemas/field-schemas';
import { REPORT_MONTH } from '../sources/newest-report';

const NEWEST_REPORT_FIX =
	'Write "newestReport: YYYY-MM" (quoted or not), the month of the newest dated source this page cites (the latest "date" among its sources in src/content/sources.yaml), e.g. newestReport: "2026-02"; "YYYY" when that source gives only its year. Readers see it beside "facts checked as of".';

// The value lists and the single-field schemas live in plain modules the editor scripts can load without Astro.
export { provinces, sourceKinds, topics } from '../schemas/content-enums';

// The registry's schema lives with the registry's rules, which the citation plugin also runs.
export { sourceSchema } from '../sources/source-rules';
export { chartSchema } from '../charts/chart-schema';

/** Frontmatter every explainer and profile shares. */
const pageFields = {
	title: label,
	/** Optional shorter title for navigation and breadcrumbs. */
	navTitle: z.string().min(1).optional(),
	description,
	summary,
	slug,
	updated: calendarDay('Add "updated: YYYY-MM-DD": the day the page\'s text last changed, e.g. 2026-12-01.'),
	/** When the page's facts were last checked against its sources; separate from `updated` (its text's last change). */
	factsChecked: calendarDay(
		'Add "factsChecked: YYYY-MM-DD": the day the page\'s facts were last checked against its sources.',
	),
	/** The month of the newest dated source the page relies on (`YYYY-MM`), shown beside `factsChecked`. */
	newestReport: z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `"newestReport" is missing. ${NEWEST_REPORT_FIX}`
					: `"newestReport" must be a month as text. ${NEWEST_REPORT_FIX}`,
		})
		.regex(REPORT_MONTH, { error: (issue) => `"${String(issue.input)}" is not a month. ${NEWEST_REPORT_FIX}` }),
	/** Sources consulted beyond those cited in footnotes. */
	sources: z.array(reference('sources')).default([]),
	/**
	 * Words readers type for this page that its text does not use (an investor's "GDP" on a page that says
	 * "PDRB"): given to the search index as keywords, never shown. A word that names a glossary term belongs
	 * in the term's aliases instead.
	 */
	searchKeywords: z.array(z.string().min(1)).default([]),
	topics: topicList,
	audience: audienceList,
	template: z.enum(templates).default('article'),
	/** Set on a translation only: which version of the original it renders (see `npm run translations`). */
	translatedFrom: z
		.object({
			hash: z
				.string()
				.regex(
					/^[0-9a-f]{12}$/,
					'Do not edit "translatedFrom" by hand: run "npm run translations -- --mark <page>" after reviewing the translation.',
				),
			reviewed: z.coerce.date().optional(),
		})
		.strict()
		.optional(),
	/** `false` keeps glossary terms in this page's text from being linked (the glossary page itself). */
	glossaryLinks: z.boolean().default(true),
	/** `true` keeps a page out of the site until it is written (new pages start as drafts). */
	draft: z.boolean().default(false),
};

/** Frontmatter of an explainer page. */
export const pageSchema = z.object(pageFields).strict();

/** A statement that someone made, attributed. */
const claim = z.object({ speaker: z.string().min(1), text: z.string().min(1), source: reference('sources') });

/** A confirmed figure with its date and source. */
const figure = z.object({ text: z.string().min(1), date: partialDate, source: reference('sources') });

/** Frontmatter of a commodity profile: a page plus structured facts. */
export const commoditySchema = z
	.object({
		...pageFields,
		name: label,
		sector,
		economy,
		provinces: provinceList,
		/** What was said about it at the signing, attributed to the speaker. */
		claim: claim.optional(),
		/** The key figure that sources confirm, if any. */
		keyFigure: figure.optional(),
	})
	.strict();

/** One glossary term, both languages side by side. */
export const glossarySchema = z
	.object({
		id: entryId,
		term: bilingual,
		definition: bilingual,
		/** Other words readers may search for, per language. */
		aliases: z.object({ id: z.array(z.string()).default([]), en: z.array(z.string()).default([]) }).prefault({}),
		sources: z.array(reference('sources')).default([]),
	})
	.strict();

/** One dated event of the timeline. */
export const timelineSchema = z
	.object({
		id: entryId,
		date: partialDate,
		title: bilingual,
		text: bilingual.optional(),
		sources: z.array(reference('sources')).min(1),
	})
	.strict();

/** One dated change note of the "Pembaruan / Updates" page and the Atom feeds. */
export const updateSchema = z
	.object({
		id: entryId,
		date: calendarDay(),
		title: bilingual,
		text: bilingual,
		/** Registry ids behind any fact the note states. */
		sources: z.array(reference('sources')).default([]),
		/** True when the note corrects a fact a page stated; it is then listed on the corrections page. */
		corrects: z.boolean().default(false),
		/** The pages the note changed, as `pages/<key>` or `commodities/<key>`; each links to its corrections. */
		pages: z
			.array(
				z.string().regex(/^(pages|commodities)\/[a-z0-9-]+$/, {
					error:
						'Write each page as "pages/<key>" or "commodities/<key>" (the file name without .md), e.g. pages/trade.',
				}),
			)
			.default([]),
	})
	.strict()
	.superRefine(checkCorrection);

/**
 * A note titled as a correction must say so in `corrects`, and a correction must name the pages it
 * changed: otherwise the corrections page and those pages silently leave it out.
 */
function checkCorrection(
	update: { title: { id: string; en: string }; corrects: boolean; pages: string[] },
	context: z.RefinementCtx,
): void {
	const titledAsCorrection = /^koreksi\b/i.test(update.title.id) || /^correction\b/i.test(update.title.en);
	if (titledAsCorrection && !update.corrects)
		context.addIssue({
			code: 'custom',
			path: ['corrects'],
			message:
				'The title says this note is a correction ("Koreksi" / "Correction"), but "corrects" is not true. Write "corrects: true" so the corrections page lists it.',
		});
	if (update.corrects && update.pages.length === 0)
		context.addIssue({
			code: 'custom',
			path: ['pages'],
			message:
				'A correction must name the pages it changed, so each can link to it. Write "pages: [pages/<key>, …]" or "commodities/<key>".',
		});
}
