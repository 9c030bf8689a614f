import { getCollection, type CollectionEntry } from 'astro:content';
import { formatDecimals, formatNumber } from '../../i18n/formats';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import {
	layoutBarChart,
	CHART_WIDTH as CHART_WIDTH_DEFAULT,
	WIDE_CHART_WIDTH,
	type BarChartLayout,
} from '../charts/bar-chart';
import type { ChartData, ChartFigureData } from '../charts/chart-schema';
import { citationLinks, type CitationLink } from './citation-links';

/** Where the charts live, for messages. */
export const CHARTS_FILE = 'src/content/charts.yaml';

/** One row of a chart's table: the same figure as its mark, with its source. */
interface ChartTableRow {
	label: string;
	valueText: string;
	claim: boolean;
	detail: string | undefined;
	citation: CitationLink;
}

/** Everything a chart component shows: the drawing and the same data as a table. */
export interface ChartView {
	id: string;
	title: string;
	description: string;
	unit: string;
	subtitle: string;
	period: string;
	notes: string[];
	log: boolean;
	detailHeading: string | undefined;
	/** The phone rendering (CHART_WIDTH) and the wide one (WIDE_CHART_WIDTH). */
	layout: BarChartLayout;
	wideLayout: BarChartLayout;
	rows: ChartTableRow[];
	/** Each source once, in the order the figures cite them, for the "Sumber / Source" line. */
	sources: CitationLink[];
}

let checked: Promise<Map<string, ChartData>> | undefined;

/**
 * Every chart, once per build, after checking that each figure's source is in
 * the registry. An unknown id stops the build naming the file, the chart, the
 * figure and the fix, whether or not a page places that chart yet.
 */
export function allCharts(): Promise<Map<string, ChartData>> {
	checked ??= loadCharts();
	return checked;
}

async function loadCharts(): Promise<Map<string, ChartData>> {
	const charts = (await getCollection('charts')).map((entry: CollectionEntry<'charts'>) => entry.data);
	const known = new Set((await getCollection('sources')).map((source) => source.id));
	const problems = charts.flatMap((chart) =>
		chart.figures.flatMap((figure, index) =>
			known.has(figure.source)
				? []
				: [
						`  ${CHARTS_FILE} → chart "${chart.id}", figure ${index + 1} ("${figure.label.en}"): source "${figure.source}" is not in src/content/sources.yaml. Write the id the page cites for this figure, or add the source to the registry.`,
					],
		),
	);
	if (problems.length > 0) throw new Error(`Every number on a chart needs a source:\n${problems.join('\n')}`);
	return new Map(charts.map((chart) => [chart.id, chart]));
}

/** A figure as the page writes it: "Rp32.000–35.000", "sekitar 7.100 ton", "US$2,062.45 million". */
function figureText(figure: ChartFigureData, chart: ChartData, locale: Locale): string {
	const number = (value: number) => formatDecimals(value, locale, chart.decimals);
	const digits =
		typeof figure.value === 'number' ? number(figure.value) : `${number(figure.value[0])}–${number(figure.value[1])}`;
	const text = `${chart.prefix}${digits}${chart.suffix?.[locale] ?? ''}`;
	return figure.approximate ? `${useTranslations(locale)('chart.about')} ${text}` : text;
}

/** A log axis's tick: "10 rb", "1 jt" / "10k", "1m". */
function tickLabel(locale: Locale): (value: number) => string {
	return (value) => formatNumber(value, locale, 'compact');
}

/**
 * The chart `id` in one language, laid out and with a citation per figure.
 * `where` names the page that places it, for the message when the id is not
 * in the charts file.
 */
export async function chartView(id: string, locale: Locale, where: string): Promise<ChartView> {
	const chart = (await allCharts()).get(id);
	if (!chart)
		throw new Error(
			`${where}: <Chart id="${id}" /> names no chart in ${CHARTS_FILE}. Use the id of a chart there, or add the chart with a source for every figure.`,
		);
	const texts = chart.figures.map((figure) => figureText(figure, chart, locale));
	const layoutAt = (width: number): BarChartLayout => {
		try {
			return layoutBarChart({
				scale: chart.scale,
				max: chart.max,
				width,
				tickLabel: tickLabel(locale),
				figures: chart.figures.map((figure, index) => ({
					label: figure.label[locale],
					value: figure.value,
					valueText: texts[index] ?? '',
					claim: figure.claim,
				})),
			});
		} catch (error) {
			throw new Error(`${CHARTS_FILE} → chart "${id}" (${locale}): ${(error as Error).message}`, {
				cause: error,
			});
		}
	};
	const layout = layoutAt(CHART_WIDTH_DEFAULT);
	const wideLayout = layoutAt(WIDE_CHART_WIDTH);
	const citations = await citationLinks(
		chart.figures.map((figure) => figure.source),
		locale,
		`${CHARTS_FILE} → chart "${id}"`,
	);
	return {
		id,
		title: chart.title[locale],
		description: chart.description[locale],
		unit: chart.unit[locale],
		subtitle: chart.subtitle[locale],
		period: chart.period[locale],
		notes: chart.notes.map((note) => note[locale]),
		log: chart.scale === 'log',
		detailHeading: chart.detailHeading?.[locale],
		layout,
		wideLayout,
		rows: chart.figures.map((figure, index) => ({
			label: figure.label[locale],
			valueText: texts[index] ?? '',
			claim: figure.claim,
			detail: figure.detail?.[locale],
			citation: citations[index] as CitationLink,
		})),
		sources: citations.filter((citation, index) => citations.findIndex((other) => other.id === citation.id) === index),
	};
}
