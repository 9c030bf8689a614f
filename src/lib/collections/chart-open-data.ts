import { getEntry } from 'astro:content';
import { url } from '../../i18n/urls';
import type { ChartData } from '../charts/chart-schema';
import { toCsv } from '../open-data/csv';
import { DATA_LICENCE, type FieldSpec, type RecordValue } from '../open-data/open-data';
import { periodBounds } from '../open-data/period';
import { UNDATED } from '../sources/source-rules';
import { allCharts, CHARTS_FILE } from './charts';

/** The site-relative paths of a chart's download: its figures as CSV and a README. */
export function chartDataPaths(id: string): { csv: string; readme: string } {
	return { csv: `/data/charts/${id}.csv`, readme: `/data/charts/${id}-README.txt` };
}

const text = (id: string, en: string) => ({ id, en });

/** The columns of every chart's CSV, documented for the data package. */
function chartFields(chart: ChartData): FieldSpec[] {
	const money = chart.currency ? { currency: { code: chart.currency } } : {};
	const unit = { unit: chart.unit.en };
	return [
		{ name: 'chart', type: 'string', description: text('Id grafik.', 'Chart id.') },
		{ name: 'label_id', type: 'string', description: text('Label angka (ID).', 'Label of the figure (Indonesian).') },
		{ name: 'label_en', type: 'string', description: text('Label angka (EN).', 'Label of the figure (English).') },
		{
			name: 'value_low',
			type: 'number',
			description: text(
				'Angka; untuk rentang yang dilaporkan, batas bawahnya.',
				'The figure; for a reported range, its low end.',
			),
			...unit,
			...money,
		},
		{
			name: 'value_high',
			type: 'number',
			description: text(
				'Batas atas rentang; sama dengan value_low untuk satu angka.',
				'High end of a range; equal to value_low for one figure.',
			),
			...unit,
			...money,
		},
		{ name: 'unit', type: 'string', description: text('Satuan angka (EN).', 'What the number counts (English).') },
		{
			name: 'currency',
			type: 'string',
			description: text('Mata uang (ISO 4217); kosong bila bukan uang.', 'Currency (ISO 4217); empty when not money.'),
		},
		{
			name: 'approximate',
			type: 'boolean',
			description: text('Sumber menyebut "sekitar".', 'The source says "about".'),
		},
		{
			name: 'claim',
			type: 'boolean',
			description: text(
				'Klaim yang diucapkan, bukan angka terkonfirmasi.',
				'A claim that was made, not a confirmed figure.',
			),
		},
		{
			name: 'period_start',
			type: 'date',
			description: text('Awal periode (YYYY-MM-DD).', 'First day of the period (YYYY-MM-DD).'),
		},
		{
			name: 'period_end',
			type: 'date',
			description: text('Akhir periode (YYYY-MM-DD).', 'Last day of the period (YYYY-MM-DD).'),
		},
		{
			name: 'place',
			type: 'string',
			description: text('Tempat angka diukur atau diucapkan.', 'Where the figure was measured or said.'),
		},
		{
			name: 'detail_id',
			type: 'string',
			description: text('Keterangan (ID), mis. bentuk produk.', 'Detail (Indonesian), e.g. the product form.'),
		},
		{ name: 'detail_en', type: 'string', description: text('Keterangan (EN).', 'Detail (English).') },
		{
			name: 'source_id',
			type: 'string',
			description: text('Id sumber di dataset sources.', 'Registry id of the source (sources dataset).'),
		},
		{ name: 'source_url', type: 'url', description: text('Alamat artikel sumber.', 'Address of the source article.') },
		{
			name: 'checked',
			type: 'date',
			description: text(
				'Tanggal angka diperiksa terhadap sumbernya.',
				'When the figure was checked against its source.',
			),
		},
	];
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
	const lines = [
		`${chart.title.id}`,
		`${chart.title.en}`,
		'',
		`${chart.subtitle.id}`,
		`${chart.subtitle.en}`,
		'',
		`Satuan / Unit: ${chart.unit.id} / ${chart.unit.en}`,
		`Periode / Period: ${chart.period.id} / ${chart.period.en}`,
		...(chart.currency ? [`Mata uang / Currency: ${chart.currency}`] : []),
		...(chart.scale === 'log'
			? [
					'Skala / Scale: logaritmik; tiap garis bantu sepuluh kali garis sebelumnya. / logarithmic; each guide line is ten times the one before.',
				]
			: []),
		`Diperiksa / Checked: ${chart.checked}`,
		'',
		'Sumber / Sources:',
		...download.sources.map(
			(source) =>
				`- ${source.id}: ${source.title ? `${source.title}, ` : ''}${source.publisher}, ${source.date}. ${source.url}`,
		),
		'',
		'Yang perlu diketahui / What to know:',
		...chart.notes.flatMap((note) => [`- ${note.id}`, `  ${note.en}`]),
		'- Rentang yang dilaporkan ada di value_low dan value_high; satu angka mengisi keduanya. / A reported range is in value_low and value_high; a single figure fills both.',
		'- Angka memakai titik desimal, tanpa pemisah ribuan. / Numbers use a decimal point and no thousands separator.',
		'- Berkas CSV: UTF-8 dengan BOM, baris CRLF, pemisah koma. / CSV file: UTF-8 with BOM, CRLF line ends, comma-separated.',
		'',
		'Kolom / Columns:',
		...download.fields.map((field) => `- ${field.name} (${field.type}): ${field.description.en}`),
		'',
		'Cara mengutip / How to cite:',
		`${siteName}, "${chart.title.en}" [dataset], ${DATA_LICENCE.name}, ${csvUrl}, accessed [date].`,
		`Lisensi / Licence: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}`,
		'',
	];
	return lines.join('\r\n');
}
