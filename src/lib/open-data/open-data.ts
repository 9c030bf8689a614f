import type { Bilingual, Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { toCsv } from './csv';

/** The datasets the site publishes. */
export const datasetNames = ['commodities', 'glossary', 'sources', 'timeline', 'claims', 'commitments'] as const;
export type DatasetName = (typeof datasetNames)[number];

/** The formats each dataset is published in. */
export const dataFormats = ['json', 'csv'] as const;
export type DataFormat = (typeof dataFormats)[number];

/**
 * How a field's values are written. `list` is an array in JSON and "; "-joined in CSV;
 * `partial-date` is YYYY, YYYY-MM or YYYY-MM-DD; `date` is always YYYY-MM-DD; `number`
 * is a decimal number with a point and no thousands separator.
 */
type FieldType = 'string' | 'date' | 'partial-date' | 'url' | 'list' | 'enum' | 'number' | 'boolean';

/** One documented field of a dataset. */
export interface FieldSpec {
	name: string;
	type: FieldType;
	description: Bilingual;
	/** Allowed values of an `enum` field. */
	values?: readonly string[];
	/** What a number counts, e.g. "IDR per kilogram", "percent". */
	unit?: string;
	/** A money field's currency: an ISO 4217 code, or the name of the column that holds it per row. */
	currency?: { code: string } | { field: string };
}

/** A field's type and its extra facts (allowed values, unit, currency): everything but its name and meaning. */
type FieldShape = Omit<FieldSpec, 'name' | 'description'>;

/**
 * A dataset's documented fields, in the order of `shapes`: each field's meaning from `words`
 * (`src/i18n/ui/datasets.ts`), its type from `shapes`. Both are keyed by field name, so a field
 * without a meaning, or a meaning without its field, is a type error.
 */
export function documentedFields<Name extends string>(
	words: Record<Name, Bilingual>,
	shapes: Record<Name, FieldType | FieldShape>,
): FieldSpec[] {
	return (Object.entries(shapes) as [Name, FieldType | FieldShape][]).map(([name, shape]) => {
		const { type, ...extra } = typeof shape === 'string' ? { type: shape } : shape;
		return { name, type, description: words[name], ...extra };
	});
}

/** A record value: text, a list of texts, a number, a yes/no, or null when the source has none. */
export type RecordValue = string | number | boolean | readonly string[] | null;

/** A record value as the datasets hold it. */
export type FieldValue = RecordValue;

/** A dataset ready to serialise: what it is, its documented fields and its records. */
export interface Dataset {
	name: DatasetName;
	title: Bilingual;
	description: Bilingual;
	fields: readonly FieldSpec[];
	records: readonly Record<string, FieldValue>[];
}

/** The licence of every dataset (the site's content licence). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** Separator of list values inside one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

/** The site-relative path of a data file: `/data/commodities.csv`. */
export function dataFilePath(name: DatasetName, format: DataFormat): string {
	return `/data/${name}.${format}`;
}

/**
 * The "cite this dataset" line in one language. The access date is left for
 * the reader to fill in: a static file cannot know when it was downloaded.
 */
export function datasetCitation(dataset: Dataset, locale: Locale, siteName: string, fileUrl: string): string {
	return useTranslations(locale)('openData.citation', {
		site: siteName,
		title: dataset.title[locale],
		licence: DATA_LICENCE.name,
		url: fileUrl,
	});
}

/** Checks that every record has exactly the documented fields, so the field list never drifts from the data. */
function assertRecordsMatchFields(dataset: Dataset): void {
	const names = dataset.fields.map((field) => field.name).join(',');
	dataset.records.forEach((record, index) => {
		const keys = Object.keys(record).join(',');
		if (keys !== names)
			throw new Error(
				`open data "${dataset.name}", record ${index + 1}: fields are [${keys}] but the documented fields are [${names}]. Update the dataset builder in src/lib/collections/open-data-collections.ts.`,
			);
	});
}

/** The dataset as RFC 4180 CSV with a header row of field names; lists are "; "-joined. */
export function datasetCsv(dataset: Dataset): string {
	assertRecordsMatchFields(dataset);
	const header = dataset.fields.map((field) => field.name);
	const rows = dataset.records.map((record) =>
		header.map((name) => {
			const value = record[name];
			return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : (value as string | number | boolean | null);
		}),
	);
	return toCsv(header, rows, { bom: true });
}

/** Metadata that goes with a JSON file: its own URL, the publisher and the citation lines. */
export interface DatasetContext {
	siteName: string;
	/** Absolute URL of this JSON file. */
	url: string;
	/** Absolute URL of the CSV twin. */
	csvUrl: string;
}

/** The dataset as a self-describing JSON document: metadata, field list, licence, citation, records. */
export function datasetJson(dataset: Dataset, context: DatasetContext): string {
	assertRecordsMatchFields(dataset);
	const document = {
		name: dataset.name,
		title: dataset.title,
		description: dataset.description,
		publisher: context.siteName,
		url: context.url,
		csv: context.csvUrl,
		license: DATA_LICENCE,
		citation: {
			id: datasetCitation(dataset, 'id', context.siteName, context.url),
			en: datasetCitation(dataset, 'en', context.siteName, context.url),
		},
		fields: dataset.fields,
		records: dataset.records,
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}
