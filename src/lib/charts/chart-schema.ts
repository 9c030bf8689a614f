import { z } from 'astro/zod';
import { bilingual, entryId } from '../content-model/field-schemas';

/** The scales a chart can use: linear bars from zero, or marks on a logarithmic axis (for figures thousands of times apart). */
export const chartScales = ['linear', 'log'] as const;

const SOURCE_FIX =
	'Every figure on a chart needs "source": the id of its entry in src/content/sources.yaml (the id the page cites for the same figure), e.g. "source: diskominfo-kaltim-2025".';

/** One number on a chart, with the registry entry that reports it. */
export const chartFigureSchema = z
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
	})
	.strict();

/** A chart drawn at build time from `src/content/charts.yaml`. */
export const chartSchema = z
	.object({
		id: entryId,
		/** Shown above the chart and read as the SVG's title. */
		title: bilingual,
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
