import { DATA_LICENCE, type FieldSpec } from './open-data';

/** A Frictionless Table Schema field (https://specs.frictionlessdata.io/table-schema/), with unit and currency. */
interface PackageField {
	name: string;
	type: 'string' | 'number' | 'boolean' | 'date';
	format?: 'uri' | 'default';
	description: string;
	constraints?: { enum?: readonly string[]; pattern?: string };
	trueValues?: string[];
	falseValues?: string[];
	/** Not in the core spec (custom properties are allowed): what a number counts. */
	unit?: string;
	/** Not in the core spec: an ISO 4217 code, or the column that holds the currency per row. */
	currency?: FieldSpec['currency'];
}

/** One file of the package. Tabular files carry a schema; the JSON twins and READMEs do not. */
export interface PackageResource {
	name: string;
	path: string;
	title: string;
	description: string;
	format: 'csv' | 'json' | 'txt' | 'geojson';
	mediatype: string;
	encoding: 'utf-8';
	bytes: number;
	licenses: (typeof DATA_LICENCE & { path: string })[];
	dialect?: { delimiter: ','; lineTerminator: '\r\n'; header: true; doubleQuote: true };
	schema?: { fields: PackageField[]; missingValues: [''] };
}

/** The data package descriptor (https://specs.frictionlessdata.io/data-package/). */
export interface DataPackage {
	profile: 'tabular-data-package' | 'data-package';
	name: string;
	title: string;
	description: string;
	homepage: string;
	licenses: { name: string; path: string; title: string }[];
	contributors: { title: string; role: 'publisher' }[];
	resources: PackageResource[];
}

/** A partial date's pattern in a Frictionless `pattern` constraint (XML Schema regex, anchored). */
const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** Maps a documented field to its Table Schema field: a number as a number, a date as a date, a list as text. */
function packageField(field: FieldSpec): PackageField {
	const description = field.description.en;
	const extra = {
		...(field.unit ? { unit: field.unit } : {}),
		...(field.currency ? { currency: field.currency } : {}),
	};
	switch (field.type) {
		case 'number':
			return { name: field.name, type: 'number', description, ...extra };
		case 'boolean':
			return { name: field.name, type: 'boolean', description, trueValues: ['true'], falseValues: ['false'] };
		case 'date':
			return { name: field.name, type: 'date', format: 'default', description };
		case 'partial-date':
			return { name: field.name, type: 'string', description, constraints: { pattern: PARTIAL_DATE_PATTERN } };
		case 'url':
			return { name: field.name, type: 'string', format: 'uri', description };
		case 'enum':
			return { name: field.name, type: 'string', description, constraints: { enum: field.values ?? [] } };
		case 'list':
			return { name: field.name, type: 'string', description: `${description} Several values are joined with "; ".` };
		default:
			return { name: field.name, type: 'string', description };
	}
}

/** A CSV file's resource, with its dialect (comma, CRLF, header row) and schema. */
export function csvResource(
	name: string,
	path: string,
	title: string,
	description: string,
	bytes: number,
	fields: readonly FieldSpec[],
): PackageResource {
	return {
		name,
		path,
		title,
		description: `${description} UTF-8 with a byte order mark (for Excel), CRLF line ends.`,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		bytes,
		licenses: [{ ...DATA_LICENCE, path: DATA_LICENCE.url }],
		dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
		schema: { fields: fields.map(packageField), missingValues: [''] },
	};
}

/** A file without a table schema: a JSON twin, a README, the GeoJSON. */
export function plainResource(
	name: string,
	path: string,
	title: string,
	description: string,
	bytes: number,
	format: 'json' | 'txt' | 'geojson',
): PackageResource {
	const mediatype = { json: 'application/json', txt: 'text/plain', geojson: 'application/geo+json' }[format];
	return {
		name,
		path,
		title,
		description,
		format,
		mediatype,
		encoding: 'utf-8',
		bytes,
		licenses: [{ ...DATA_LICENCE, path: DATA_LICENCE.url }],
	};
}
