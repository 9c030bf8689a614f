import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { commodityFigures } from '../../data/commodity-figures';
import { periodBounds } from '../open-data/period';
import { url } from '../../i18n/urls';
import { getRoutes, type PageRoute } from './page-routes';
import { provinces, sourceKinds } from './collection-schemas';
import { UNDATED } from '../sources/source-rules';
import { claimsDataset, commitmentsDataset } from './rating-datasets';
import type { Locale } from '../../i18n/locales';
import {
	dataFilePath,
	dataFormats,
	datasetCitation,
	datasetCsv,
	datasetJson,
	type DataFormat,
	type Dataset,
	type DatasetName,
	type FieldSpec,
	type FieldValue,
} from '../open-data/open-data';

const sectors = ['agriculture', 'plantation', 'forestry', 'fisheries', 'aquaculture'] as const;

/** Where a source's date comes from (`dateFrom` in the registry, spelled out). */
const dateSources = ['publication', 'event', UNDATED] as const;

const text = (id: string, en: string) => ({ id, en });

const field = (name: string, type: FieldSpec['type'], id: string, en: string, values?: readonly string[]): FieldSpec =>
	values ? { name, type, description: text(id, en), values } : { name, type, description: text(id, en) };

/** `keyFigure` / `claim` sources are references; the data publishes their registry ids. */
const refId = (ref: { id: string } | undefined): string | null => ref?.id ?? null;

type Commodity = CollectionEntry<'commodities'>;

function commodityFields(): FieldSpec[] {
	return [
		field('key', 'string', 'Kunci tetap komoditas (nama berkas).', 'Stable key of the commodity (its file name).'),
		field('name_id', 'string', 'Nama dalam bahasa Indonesia.', 'Name in Indonesian.'),
		field('name_en', 'string', 'Nama dalam bahasa Inggris.', 'Name in English.'),
		field('sector', 'enum', 'Sektor.', 'Sector.', sectors),
		field('economy', 'enum', 'Ekonomi hijau (green) atau biru (blue).', 'Green or blue economy.', ['green', 'blue']),
		field('provinces', 'list', 'Provinsi terkait (kode).', 'Provinces it is tied to (codes).', provinces),
		field(
			'claim_speaker_id',
			'string',
			'Siapa yang membuat klaim saat penandatanganan (ID); kosong bila tidak ada.',
			'Who made the claim at the signing (Indonesian); empty if none.',
		),
		field('claim_speaker_en', 'string', 'Siapa yang membuat klaim (EN).', 'Who made the claim (English).'),
		field(
			'claim_text_id',
			'string',
			'Isi klaim (ID). Klaim belum tentu benar: lihat halaman profil.',
			'The claim (Indonesian). A claim is not a confirmed fact: see the profile page.',
		),
		field('claim_text_en', 'string', 'Isi klaim (EN).', 'The claim (English).'),
		field(
			'claim_source',
			'string',
			'Id sumber klaim di sources.',
			'Registry id of the claim’s source (see the sources dataset).',
		),
		field(
			'key_figure_id',
			'string',
			'Angka utama yang dikonfirmasi sumber, sebagai kalimat (ID).',
			'Key figure confirmed by a source, as a sentence (Indonesian).',
		),
		field(
			'key_figure_en',
			'string',
			'Angka utama yang dikonfirmasi sumber, sebagai kalimat (EN).',
			'Key figure confirmed by a source, as a sentence (English).',
		),
		field(
			'key_figure_date',
			'partial-date',
			'Tanggal angka utama seperti ditulis profil (YYYY, YYYY-MM atau YYYY-MM-DD).',
			'Date of the key figure as the profile writes it (YYYY, YYYY-MM or YYYY-MM-DD).',
		),
		{
			...field(
				'key_figure_low',
				'number',
				'Angka utama sebagai bilangan; untuk rentang, batas bawahnya. Kosong bila tidak ada angka terkonfirmasi.',
				'The key figure as a number; for a range, its low end. Empty when no figure is confirmed.',
			),
			currency: { field: 'currency' },
		},
		{
			...field(
				'key_figure_high',
				'number',
				'Batas atas rentang; sama dengan key_figure_low untuk satu angka.',
				'High end of a range; the same as key_figure_low for a single figure.',
			),
			currency: { field: 'currency' },
		},
		field('unit', 'string', 'Satuan angka (bahasa Inggris).', 'What the number counts (English).'),
		field(
			'currency',
			'string',
			'Mata uang (ISO 4217) bila angkanya uang; kosong bila bukan.',
			'Currency (ISO 4217) when the figure is money; empty when it is not.',
		),
		field('approximate', 'boolean', 'Sumber menyebut "sekitar".', 'The source says "about".'),
		field('period_start', 'date', 'Awal periode angka (YYYY-MM-DD).', 'First day of the period (YYYY-MM-DD).'),
		field('period_end', 'date', 'Akhir periode angka (YYYY-MM-DD).', 'Last day of the period (YYYY-MM-DD).'),
		field('place', 'string', 'Tempat angka itu diukur.', 'Where the figure was measured.'),
		field(
			'source_id',
			'string',
			'Id sumber angka utama di dataset sources.',
			'Registry id of the key figure’s source (see the sources dataset).',
		),
		field('source_url', 'url', 'Alamat artikel sumber angka utama.', 'Address of the key figure’s source article.'),
		field(
			'checked',
			'date',
			'Tanggal fakta profil terakhir diperiksa terhadap sumbernya.',
			'When the profile’s facts were last checked against their sources.',
		),
		field('notes_id', 'string', 'Catatan tentang angka (ID).', 'Notes on the figure (Indonesian).'),
		field('notes_en', 'string', 'Catatan tentang angka (EN).', 'Notes on the figure (English).'),
		field(
			'updated',
			'date',
			'Tanggal profil terakhir diperbarui (YYYY-MM-DD).',
			'When the profile was last updated (YYYY-MM-DD).',
		),
		field('url_id', 'url', 'Halaman profil (ID).', 'Profile page (Indonesian).'),
		field('url_en', 'url', 'Halaman profil (EN).', 'Profile page (English).'),
	];
}

/** A registry entry's article URL, or a clear error naming the place that cites it. */
async function sourceUrl(id: string, where: string): Promise<string> {
	const source = await getEntry('sources', id);
	if (!source) throw new Error(`${where}: source "${id}" is not in src/content/sources.yaml.`);
	return source.data.url;
}

async function commodityRecord(
	id: Commodity,
	en: Commodity,
	urlId: string,
	urlEn: string,
): Promise<Record<string, FieldValue>> {
	const [a, b] = [id.data, en.data];
	const key = id.id.replace(/^id\//, '');
	const entry = commodityFigures[key];
	if (!entry)
		throw new Error(
			`src/data/commodity-figures.ts: no entry for the commodity "${key}". Add its key figure from the fact sheet, or null with a note.`,
		);
	const figure = entry.figure;
	const bounds = figure?.period ? periodBounds(figure.period) : null;
	return {
		key,
		name_id: a.name,
		name_en: b.name,
		sector: a.sector,
		economy: a.economy,
		provinces: a.provinces,
		claim_speaker_id: a.claim?.speaker ?? null,
		claim_speaker_en: b.claim?.speaker ?? null,
		claim_text_id: a.claim?.text ?? null,
		claim_text_en: b.claim?.text ?? null,
		claim_source: refId(a.claim?.source),
		key_figure_id: a.keyFigure?.text ?? figure?.text?.id ?? null,
		key_figure_en: b.keyFigure?.text ?? figure?.text?.en ?? null,
		key_figure_date: a.keyFigure?.date ?? null,
		key_figure_low: figure?.low ?? null,
		key_figure_high: figure?.high ?? null,
		unit: figure?.unit ?? null,
		currency: figure?.currency ?? null,
		approximate: figure ? figure.approximate : null,
		period_start: bounds?.start ?? null,
		period_end: bounds?.end ?? null,
		place: figure?.place ?? null,
		source_id: figure?.source ?? refId(a.keyFigure?.source),
		source_url: figure ? await sourceUrl(figure.source, `src/data/commodity-figures.ts → ${key}`) : null,
		checked: a.factsChecked.toISOString().slice(0, 10),
		notes_id: entry.note.id,
		notes_en: entry.note.en,
		updated: a.updated.toISOString().slice(0, 10),
		url_id: urlId,
		url_en: urlEn,
	};
}

async function commodities(site: URL): Promise<Dataset> {
	const routes = (await getRoutes()).filter((route) => route.collection === 'commodities');
	const absolute = (route: PageRoute) => new URL(url(route.path), site).href;
	const records = await Promise.all(
		routes
			.filter((route) => route.locale === 'id')
			.sort((a, b) => a.key.localeCompare(b.key))
			.map((idRoute) => {
				const enRoute = routes.find((route) => route.key === idRoute.key && route.locale === 'en');
				if (!enRoute) throw new Error(`${idRoute.entry.filePath}: no English translation for the open data.`);
				return commodityRecord(
					idRoute.entry as Commodity,
					enRoute.entry as Commodity,
					absolute(idRoute),
					absolute(enRoute),
				);
			}),
	);
	return {
		name: 'commodities',
		title: text('Komoditas dalam kesepakatan Kaltim–Kaltara', 'Commodities in the Kaltim–Kaltara agreement'),
		description: text(
			'Komoditas yang disebut saat penandatanganan 7 Agustus 2025: sektor, ekonomi hijau atau biru, provinsi, klaim yang diucapkan dan angka yang dikonfirmasi sumber.',
			'Commodities named at the signing on 7 August 2025: sector, green or blue economy, provinces, what was claimed and the figure sources confirm.',
		),
		fields: commodityFields(),
		records,
	};
}

async function glossary(): Promise<Dataset> {
	const entries = await getCollection('glossary');
	return {
		name: 'glossary',
		title: text('Glosarium', 'Glossary'),
		description: text('Istilah dan definisinya dalam dua bahasa.', 'Terms and their definitions in both languages.'),
		fields: [
			field('id', 'string', 'Kunci tetap istilah.', 'Stable key of the term.'),
			field('term_id', 'string', 'Istilah (ID).', 'Term (Indonesian).'),
			field('term_en', 'string', 'Istilah (EN).', 'Term (English).'),
			field('definition_id', 'string', 'Definisi (ID).', 'Definition (Indonesian).'),
			field('definition_en', 'string', 'Definisi (EN).', 'Definition (English).'),
			field('aliases_id', 'list', 'Kata lain untuk pencarian (ID).', 'Other words for search (Indonesian).'),
			field('aliases_en', 'list', 'Kata lain untuk pencarian (EN).', 'Other words for search (English).'),
			field('sources', 'list', 'Id sumber di dataset sources.', 'Registry ids of its sources.'),
		],
		records: entries.map(({ data }) => ({
			id: data.id,
			term_id: data.term.id,
			term_en: data.term.en,
			definition_id: data.definition.id,
			definition_en: data.definition.en,
			aliases_id: data.aliases.id,
			aliases_en: data.aliases.en,
			sources: data.sources.map((ref) => ref.id),
		})),
	};
}

async function sources(): Promise<Dataset> {
	const entries = await getCollection('sources');
	return {
		name: 'sources',
		title: text('Daftar sumber', 'Source registry'),
		description: text(
			'Semua sumber yang dikutip situs ini, dengan jenisnya.',
			'Every source the site cites, with its kind.',
		),
		fields: [
			field('id', 'string', 'Id sumber, dipakai di dataset lain.', 'Source id, used by the other datasets.'),
			field(
				'title',
				'string',
				'Judul artikel seperti diterbitkan; kosong bila judulnya tidak kami ketahui (sumber itu dikenali dari penerbit, tanggal dan alamatnya).',
				'The headline as published; empty when we do not know it (the source is known by its publisher, date and address).',
			),
			field('publisher', 'string', 'Penerbit.', 'Publisher.'),
			field(
				'url',
				'url',
				'Alamat artikel itu sendiri, bukan halaman depan situs.',
				"Address of the article itself, not a site's home page.",
			),
			field(
				'date',
				'partial-date',
				'Tanggal (YYYY, YYYY-MM atau YYYY-MM-DD), artinya dijelaskan date_from; kosong bila sumber tanpa tanggal.',
				'Date (YYYY, YYYY-MM or YYYY-MM-DD), its meaning given by date_from; empty when the source is undated.',
			),
			field(
				'date_from',
				'enum',
				'Arti tanggal: publication (tanggal terbit), event (halaman tidak menampilkan tanggal terbit, jadi tanggal peristiwa yang diberitakan) atau undated (tanpa tanggal).',
				'What the date is: publication (publication date), event (the page shows no publication date, so the date of the event reported) or undated.',
				dateSources,
			),
			field('kind', 'enum', 'Jenis sumber.', 'Kind of source.', sourceKinds),
			field('note_id', 'string', 'Catatan (ID).', 'Note (Indonesian).'),
			field('note_en', 'string', 'Catatan (EN).', 'Note (English).'),
		],
		records: entries.map(({ data }) => ({
			id: data.id,
			title: data.title ?? null,
			publisher: data.publisher,
			url: data.url,
			date: data.date === UNDATED ? null : data.date,
			date_from: data.date === UNDATED ? UNDATED : (data.dateFrom ?? 'publication'),
			kind: data.kind,
			note_id: data.note?.id ?? null,
			note_en: data.note?.en ?? null,
		})),
	};
}

async function timeline(): Promise<Dataset> {
	const entries = await getCollection('timeline');
	return {
		name: 'timeline',
		title: text('Lini masa', 'Timeline'),
		description: text('Peristiwa bertanggal, masing-masing dengan sumbernya.', 'Dated events, each with its sources.'),
		fields: [
			field('id', 'string', 'Kunci tetap peristiwa.', 'Stable key of the event.'),
			field('date', 'partial-date', 'Tanggal (YYYY, YYYY-MM atau YYYY-MM-DD).', 'Date (YYYY, YYYY-MM or YYYY-MM-DD).'),
			field('title_id', 'string', 'Peristiwa (ID).', 'Event (Indonesian).'),
			field('title_en', 'string', 'Peristiwa (EN).', 'Event (English).'),
			field('text_id', 'string', 'Keterangan (ID).', 'Details (Indonesian).'),
			field('text_en', 'string', 'Keterangan (EN).', 'Details (English).'),
			field('sources', 'list', 'Id sumber di dataset sources.', 'Registry ids of its sources.'),
		],
		records: [...entries]
			.sort((a, b) => a.data.date.localeCompare(b.data.date))
			.map(({ data }) => ({
				id: data.id,
				date: data.date,
				title_id: data.title.id,
				title_en: data.title.en,
				text_id: data.text?.id ?? null,
				text_en: data.text?.en ?? null,
				sources: data.sources.map((ref) => ref.id),
			})),
	};
}

let cache: Promise<Dataset[]> | undefined;

/**
 * Every published dataset, built from the content collections once per build
 * (the data endpoints and the open data page share it, so the sizes the page
 * lists are the sizes of the files).
 */
export function loadDatasets(site: URL): Promise<Dataset[]> {
	cache ??= Promise.all([
		commodities(site),
		glossary(),
		sources(),
		timeline(),
		claimsDataset(site),
		commitmentsDataset(site),
	]);
	return cache;
}

/** One dataset by name; throws naming it when it does not exist. */
async function loadDataset(site: URL, name: DatasetName): Promise<Dataset> {
	const found = (await loadDatasets(site)).find((dataset) => dataset.name === name);
	if (!found) throw new Error(`No open dataset "${name}".`);
	return found;
}

/** Absolute URL of a data file on the published site. */
export function dataFileUrl(site: URL, name: DatasetName, format: DataFormat): string {
	return new URL(url(dataFilePath(name, format)), site).href;
}

/** The exact bytes of a data file, as the endpoint serves them and the open data page measures them. */
export async function dataFileBody(
	site: URL,
	siteName: string,
	name: DatasetName,
	format: DataFormat,
): Promise<string> {
	const dataset = await loadDataset(site, name);
	if (format === 'csv') return datasetCsv(dataset);
	return datasetJson(dataset, {
		siteName,
		url: dataFileUrl(site, name, 'json'),
		csvUrl: dataFileUrl(site, name, 'csv'),
	});
}

/** A published data file as the open data page lists it. */
interface CatalogueFile {
	format: DataFormat;
	/** Site-relative path (without the base). */
	path: string;
	/** Size in bytes, measured on the same text the endpoint serves. */
	bytes: number;
}

/** One dataset with its files and its citation line per language. */
export interface CatalogueEntry {
	dataset: Dataset;
	files: CatalogueFile[];
	citation: Record<Locale, string>;
}

/** Every dataset with its files, their sizes and the "cite this dataset" lines, for the open data page. */
export async function openDataCatalogue(site: URL, siteName: string): Promise<CatalogueEntry[]> {
	return Promise.all(
		(await loadDatasets(site)).map(async (dataset) => ({
			dataset,
			files: await Promise.all(
				dataFormats.map(async (format) => ({
					format,
					path: dataFilePath(dataset.name, format),
					bytes: Buffer.byteLength(await dataFileBody(site, siteName, dataset.name, format), 'utf8'),
				})),
			),
			citation: {
				id: datasetCitation(dataset, 'id', siteName, dataFileUrl(site, dataset.name, 'json')),
				en: datasetCitation(dataset, 'en', siteName, dataFileUrl(site, dataset.name, 'json')),
			},
		})),
	);
}
