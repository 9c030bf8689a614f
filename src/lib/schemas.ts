import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** Topics a page can belong to; used for navigation, search filters and open data. */
export const topics = ['agreement', 'trade', 'green-economy', 'blue-economy', 'border', 'ikn', 'provinces', 'commodities', 'reference'] as const;

/** Provinces a commodity or fact can be tied to. */
export const provinces = ['kaltim', 'kaltara', 'kalbar'] as const;

/** Source kinds shown beside every citation. */
export const sourceKinds = ['official', 'news', 'advertorial', 'reference'] as const;

/** Extra sections a page can ask its layout to render after the body. */
export const templates = ['article', 'glossary', 'timeline', 'sources', 'commodities', 'search', 'open-data', 'map', 'updates'] as const;

/** A date written as YYYY, YYYY-MM or YYYY-MM-DD: sources often give only a month or a year. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025-08-07".');

/** Text in both languages, side by side (used by the YAML collections). */
export const bilingual = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** 1–3 sentences: the plain-language summary shown first on every page. */
const summary = z
	.string()
	.min(1)
	.refine((text) => (text.match(/[.!?](\s|$)/g) ?? []).length <= 3, {
		message: 'The summary must be 1–3 short sentences; move the rest into the page body.',
	});

/** URL slug below the language root: lowercase words joined by `-`, parts by `/`; empty for the home page. */
const slug = z
	.string()
	.regex(/^([a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*)?$/, 'Use lowercase letters, digits and "-", parts separated by "/", e.g. "komoditas/beras-krayan" ("" for the home page).');

/** Frontmatter every explainer and profile shares. */
export const pageFields = {
	title: z.string().min(1),
	/** Optional shorter title for navigation and breadcrumbs. */
	navTitle: z.string().min(1).optional(),
	description: z.string().min(1).max(160, 'Keep the description to 160 characters or fewer: search engines cut the rest.'),
	summary,
	slug,
	updated: z.coerce.date(),
	/** When the page's facts were last checked against its sources; separate from `updated` (its text's last change). */
	factsChecked: z.coerce.date({ error: 'Add "factsChecked: YYYY-MM-DD": the day the page\'s facts were last checked against its sources.' }),
	/** Sources consulted beyond those cited in footnotes. */
	sources: z.array(reference('sources')).default([]),
	topics: z.array(z.enum(topics)).min(1),
	audience: z.array(z.enum(['citizen', 'investor'])).min(1),
	template: z.enum(templates).default('article'),
	/** Set on a translation only: which version of the original it renders (see `npm run translations`). */
	translatedFrom: z
		.object({
			hash: z.string().regex(/^[0-9a-f]{12}$/, 'Do not edit "translatedFrom" by hand: run "npm run translations -- --mark <page>" after reviewing the translation.'),
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
		name: z.string().min(1),
		sector: z.enum(['agriculture', 'plantation', 'forestry', 'fisheries', 'aquaculture']),
		economy: z.enum(['green', 'blue']),
		provinces: z.array(z.enum(provinces)).min(1),
		/** What was said about it at the signing, attributed to the speaker. */
		claim: claim.optional(),
		/** The key figure that sources confirm, if any. */
		keyFigure: figure.optional(),
	})
	.strict();

/** One entry of the citation registry. */
export const sourceSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		title: z.string().min(1),
		publisher: z.string().min(1),
		/** `url-slug`: no headline was confirmed, so `title` is the address's slug, verbatim. */
		titleFrom: z.literal('url-slug').optional(),
		url: z.url(),
		/** "undated" when the page shows no date and no event date exists; read as no date. */
		date: partialDate
			.or(z.literal('undated'))
			.optional()
			.transform((date) => (date === 'undated' ? undefined : date)),
		/** `event`: the page shows no publication date, so `date` is the date of the event it reports. */
		dateFrom: z.literal('event').optional(),
		kind: z.enum(sourceKinds),
		note: bilingual.optional(),
	})
	.strict();

/** One glossary term, both languages side by side. */
export const glossarySchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
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
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		date: partialDate,
		title: bilingual,
		text: bilingual.optional(),
		sources: z.array(reference('sources')).min(1),
	})
	.strict();

/** One dated change note of the "Pembaruan / Updates" page and the Atom feeds. */
export const updateSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		date: z.coerce.date(),
		title: bilingual,
		text: bilingual,
		/** Registry ids behind any fact the note states. */
		sources: z.array(reference('sources')).default([]),
	})
	.strict();
