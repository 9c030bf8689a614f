import { getEntry } from 'astro:content';
import { locales, type Bilingual } from '../../i18n/locales';
import { fill } from '../../i18n/ui';
import { chartReadmeWords, datasetWords } from '../../i18n/ui/datasets';
import { url } from '../../i18n/urls';
import type { ChartData } from '../charts/chart-schema';
import { toCsv } from '../open-data/csv';
import { DATA_LICENCE, documentedFields, type FieldSpec, type RecordValue } from '../open-data/open-data';
import { periodBounds } from '../open-data/period';
import { UNDATED } from '../sources/source-rules';
import { allCharts, CHARTS_FILE } from './charts';

/** The site-relative paths of a chart's download: its figures as CSV and a README. */
export function chartDataPaths(id: string): { csv: string; readme: string } {
	return { csv: `/data/charts/${id}.csv`, readme: `/data/charts/${id}-README.txt` };
}

/** The columns of every chart's CSV, documented for the data package. */
function chartFields(chart: ChartData): FieldSpec[] {
	const money = chart.currency ? { currency: { code: chart.currency } } : {};
	const unit = { unit: chart.unit.en };
	return documentedFields(datasetWords.charts.fields, {
		chart: 'string',
		label_id: 'string',
		label_en: 'string',
		value_low: { type: 'number', ...unit, ...money },
		value_high: { type: 'number', ...unit, ...money },
		unit: 'string',
		currency: 'string',
		approximate: 'boolean',
		claim: 'boolean',
		period_start: 'date',
		period_end: 'date',
		place: 'string',
		detail_id: 'string',
		detail_en: 'string',
		source_id: 'string',
		source_url: 'url',
		checked: 'date',
	});
}

/** A chart's source as its README names it. */
interface ReadmeSource {
	id: string;
	/** The headline, when the registry knows it. */
	title: string | undefined;
	publisher: string;
	date: string;
	url: string;
}

/** A chart's download: its columns, its rows and the sources they cite. */
export interface ChartDownload {
	chart: ChartData;
	fields: FieldSpec[];
	records: Record<string, RecordValue>[];
	sources: ReadmeSource[];
}

/** Every chart's download, in the charts file's order, built once per build. */
let cache: Promise<ChartDownload[]> | undefined;
export function chartDownloads(): Promise<ChartDownload[]> {
	cache ??= (async () =>
		Promise.all(
			[...(await allCharts()).values()].map(async (chart) => {
				const fields = chartFields(chart);
				const sources = new Map<string, ReadmeSource>();
				const records = await Promise.all(
					chart.figures.map(async (figure) => {
						const source = await getEntry('sources', figure.source);
						if (!source) throw new Error(`${CHARTS_FILE} → chart "${chart.id}": unknown source "${figure.source}".`);
						sources.set(figure.source, {
							id: figure.source,
							title: source.data.title,
							publisher: source.data.publisher,
							date: source.data.date === UNDATED ? 'undated' : source.data.date,
							url: source.data.url,
						});
						const [low, high] = typeof figure.value === 'number' ? [figure.value, figure.value] : figure.value;
						let bounds;
						try {
							bounds = periodBounds(figure.period);
						} catch (error) {
							throw new Error(
								`${CHARTS_FILE} → chart "${chart.id}", "${figure.label.en}": ${(error as Error).message}`,
								{ cause: error },
							);
						}
						return {
							chart: chart.id,
							label_id: figure.label.id,
							label_en: figure.label.en,
							value_low: low,
							value_high: high,
							unit: chart.unit.en,
							currency: chart.currency ?? null,
							approximate: figure.approximate,
							claim: figure.claim,
							period_start: bounds.start,
							period_end: bounds.end,
							place: figure.place,
							detail_id: figure.detail?.id ?? null,
							detail_en: figure.detail?.en ?? null,
							source_id: figure.source,
							source_url: source.data.url,
							checked: chart.checked,
						} satisfies Record<string, RecordValue>;
					}),
				);
				return { chart, fields, records, sources: [...sources.values()] };
			}),
		))();
	return cache;
}

/** The chart's figures as CSV (UTF-8 with BOM, CRLF), one row per figure. */
export function chartCsv(download: ChartDownload): string {
	const header = download.fields.map((field) => field.name);
	return toCsv(
		header,
		download.records.map((record) => header.map((name) => record[name] as string | number | boolean | null)),
		{ bom: true },
	);
}

/**
 * The README that goes with a chart's CSV, in both languages: what the figures
 * are, their unit and period, their sources with URLs, how to cite them and
 * what to know before using them. Plain text, CRLF, so Notepad shows it whole.
 */
export function chartReadme(download: ChartDownload, site: URL, siteName: string): string {
	const { chart } = download;
	const csvUrl = new URL(url(chartDataPaths(chart.id).csv), site).href;
	const words = chartReadmeWords;
	const both = (text: Bilingual) => `${text.id} / ${text.en}`;
	const lines = [
		`${chart.title.id}`,
		`${chart.title.en}`,
		'',
		`${chart.subtitle.id}`,
		`${chart.subtitle.en}`,
		'',
		`${both(words.unit)}: ${both(chart.unit)}`,
		`${both(words.period)}: ${both(chart.period)}`,
		...(chart.currency ? [`${both(words.currency)}: ${chart.currency}`] : []),
		...(chart.scale === 'log' ? [`${both(words.scale)}: ${both(words.logScale)}`] : []),
		`${both(words.checked)}: ${chart.checked}`,
		'',
		`${both(words.sources)}:`,
		...download.sources.map(
			(source) =>
				`- ${source.id}: ${source.title ? `${source.title}, ` : ''}${source.publisher}, ${source.date}. ${source.url}`,
		),
		'',
		`${both(words.whatToKnow)}:`,
		...chart.notes.flatMap((note) => [`- ${note.id}`, `  ${note.en}`]),
		`- ${both(words.range)}`,
		`- ${both(words.numbers)}`,
		`- ${both(words.csvFile)}`,
		'',
		`${both(words.columns)}:`,
		...download.fields.flatMap((field) => [
			`- ${field.name} (${field.type}): ${field.description.id}`,
			`  ${field.description.en}`,
		]),
		'',
		`${both(words.howToCite)}:`,
		...locales.map((locale) =>
			fill(
				words.citation[locale],
				{ site: siteName, title: chart.title[locale], licence: DATA_LICENCE.name, url: csvUrl },
				'chartReadmeWords.citation',
			),
		),
		`${both(words.licence)}: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}`,
		'',
	];
	return lines.join('\r\n');
}
