import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { commodityFigures } from '../../data/commodity-figures';
import { periodBounds } from '../open-data/period';
import { url } from '../../i18n/urls';
import { getRoutes, type PageRoute } from './page-routes';
import { provinces, sourceKinds } from './collection-schemas';
import { UNDATED } from '../sources/source-rules';
import { claimsDataset, commitmentsDataset } from './rating-datasets';
import type { Locale } from '../../i18n/locales';
import { datasetWords } from '../../i18n/ui/datasets';
import {
	dataFilePath,
	dataFormats,
	datasetCitation,
	datasetCsv,
	datasetJson,
	documentedFields,
	type DataFormat,
	type Dataset,
	type DatasetName,
	type FieldSpec,
	type FieldValue,
} from '../open-data/open-data';

const sectors = ['agriculture', 'plantation', 'forestry', 'fisheries', 'aquaculture'] as const;

/** Where a source's date comes from (`dateFrom` in the registry, spelled out). */
const dateSources = ['publication', 'event', UNDATED] as const;

/** `keyFigure` / `claim` sources are references; the data publishes their registry ids. */
const refId = (ref: { id: string } | undefined): string | null => ref?.id ?? null;

type Commodity = CollectionEntry<'commodities'>;

/** The commodities' columns, in file order: their types here, their meanings in `src/i18n/ui/datasets.ts`. */
function commodityFields(): FieldSpec[] {
	return documentedFields(datasetWords.commodities.fields, {
		key: 'string',
		name_id: 'string',
		name_en: 'string',
		sector: { type: 'enum', values: sectors },
		economy: { type: 'enum', values: ['green', 'blue'] },
		provinces: { type: 'list', values: provinces },
		claim_speaker_id: 'string',
		claim_speaker_en: 'string',
		claim_text_id: 'string',
		claim_text_en: 'string',
		claim_source: 'string',
		key_figure_id: 'string',
		key_figure_en: 'string',
		key_figure_date: 'partial-date',
		key_figure_low: { type: 'number', currency: { field: 'currency' } },
		key_figure_high: { type: 'number', currency: { field: 'currency' } },
		unit: 'string',
		currency: 'string',
		approximate: 'boolean',
		period_start: 'date',
		period_end: 'date',
		place: 'string',
		source_id: 'string',
		source_url: 'url',
		checked: 'date',
		notes_id: 'string',
		notes_en: 'string',
		updated: 'date',
		url_id: 'url',
		url_en: 'url',
	});
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
		title: datasetWords.commodities.title,
		description: datasetWords.commodities.description,
		fields: commodityFields(),
		records,
	};
}

async function glossary(): Promise<Dataset> {
	const entries = await getCollection('glossary');
	return {
		name: 'glossary',
		title: datasetWords.glossary.title,
		description: datasetWords.glossary.description,
		fields: documentedFields(datasetWords.glossary.fields, {
			id: 'string',
			term_id: 'string',
			term_en: 'string',
			definition_id: 'string',
			definition_en: 'string',
			aliases_id: 'list',
			aliases_en: 'list',
			sources: 'list',
		}),
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
		title: datasetWords.sources.title,
		description: datasetWords.sources.description,
		fields: documentedFields(datasetWords.sources.fields, {
			id: 'string',
			title: 'string',
			publisher: 'string',
			url: 'url',
			date: 'partial-date',
			date_from: { type: 'enum', values: dateSources },
			kind: { type: 'enum', values: sourceKinds },
			note_id: 'string',
			note_en: 'string',
		}),
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
		title: datasetWords.timeline.title,
		description: datasetWords.timeline.description,
		fields: documentedFields(datasetWords.timeline.fields, {
			id: 'string',
			date: 'partial-date',
			title_id: 'string',
			title_en: 'string',
			text_id: 'string',
			text_en: 'string',
			sources: 'list',
		}),
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
