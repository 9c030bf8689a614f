import { z } from 'astro/zod';
import { bilingual, entryId, PARTIAL_DATE } from '../schemas/field-schemas';

/** The scales a chart can use: linear bars from zero, or marks on a logarithmic axis (for figures thousands of times apart). */
const chartScales = ['linear', 'log'] as const;

const SOURCE_FIX =
	'Every figure on a chart needs "source": the id of its entry in src/content/sources.yaml (the id the page cites for the same figure), e.g. "source: diskominfo-kaltim-2025".';

/** Currencies a money chart can be in (ISO 4217): its open data says which. */
const chartCurrencies = ['IDR', 'USD'] as const;

/** A figure's period: one date (YYYY, YYYY-MM or YYYY-MM-DD) or "start/end" (ISO 8601 interval), e.g. "2025-01/2025-09". */
const PERIOD = new RegExp(`^${PARTIAL_DATE.source.slice(1, -1)}(/${PARTIAL_DATE.source.slice(1, -1)})?$`);

/** One number on a chart, with the registry entry that reports it. */
const chartFigureSchema = z
	.object({
		/** What the figure is, short: shown beside its mark and as the table's row heading. */
		label: bilingual,
		/** One number, or a reported range `[low, high]`. */
		value: z.union([z.number(), z.tuple([z.number(), z.number()])], {
			error: 'Write "value" as a number (98000000) or a reported range ([32000, 35000]).',
		}),
		/** The source says "about" (sekitar). */
		approximate: z.boolean().default(false),
		/** A claim, not a confirmed figure (FACTS section C): drawn and labelled apart. */
		claim: z.boolean().default(false),
		source: z.string({ error: SOURCE_FIX }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, SOURCE_FIX),
		/** When the figure was true: "2023-07", "2024", or "2025-01/2025-09" (the open data's period start and end). */
		period: z.string().regex(PERIOD, {
			error: 'Write "period" as YYYY, YYYY-MM, YYYY-MM-DD or "start/end", e.g. "2025-01/2025-09".',
		}),
		/** Where the figure was measured or said, e.g. "Kapuas Hulu, Kalimantan Barat". */
		place: z.string().min(1, 'Write "place": where the figure was measured or said.'),
		/** What else the table says about this figure (e.g. the form of the product), in the column `detailHeading`. */
		detail: bilingual.optional(),
	})
	.strict();

/** A chart drawn at build time from `src/content/charts.yaml`. */
export const chartSchema = z
	.object({
		id: entryId,
		/** Shown above the chart and read as the SVG's title. */
		title: bilingual,
		/** The line under the title: what is measured, in which unit and period (shown on the chart, OWID-style). */
		subtitle: bilingual,
		/** The period the figures cover, as the subtitle writes it: "2023–2026", "2024". */
		period: bilingual,
		/** Notes a reader needs to read the figures right, shown under the chart and in its download's README. */
		notes: z.array(bilingual).default([]),
		/** The day the figures were last checked against their sources (YYYY-MM-DD), for the open data. */
		checked: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/, 'Write "checked" as YYYY-MM-DD: the day the figures were last checked.'),
		/** The currency of a money chart (ISO 4217), for its open data; omit for shares, tonnes. */
		currency: z.enum(chartCurrencies).optional(),
		/** The heading of the table's column of figure details (`detail`), e.g. "Bentuk" / "Form". */
		detailHeading: bilingual.optional(),
		/** What the chart shows, for screen readers (the SVG's description). */
		description: bilingual,
		/** What the numbers count: the table's value column heading, e.g. "US$ juta". */
		unit: bilingual,
		scale: z.enum(chartScales).default('linear'),
		/** Written before each number as the page writes it: "Rp", "US$". */
		prefix: z.string().default(''),
		/** Written after each number, per language: " juta" / " million", " %". */
		suffix: bilingual.optional(),
		/** Decimal places shown (the source's precision). */
		decimals: z.number().int().min(0).max(3).default(0),
		/** The end of a linear axis when the whole is known (100 for shares of a total); else the largest figure. */
		max: z.number().positive().optional(),
		figures: z.array(chartFigureSchema).min(1, 'A chart needs at least one figure.'),
	})
	.strict();

/** A chart as validated by the `charts` collection. */
export type ChartData = z.infer<typeof chartSchema>;

/** One figure as validated. */
export type ChartFigureData = z.infer<typeof chartFigureSchema>;
