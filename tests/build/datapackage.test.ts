import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../helpers/dist';

assertBuilt();

/**
 * Validates every file under /data/ against the Frictionless Data Package that
 * describes it (`/data/datapackage.json`). The checks are the Table Schema rules
 * the package uses, written on csv-parse (the JavaScript Frictionless libraries
 * are unmaintained): header equals the schema's fields in order; every cell
 * parses as its field's type (number, boolean, date, uri) and meets its
 * constraints (enum, pattern); every file listed exists with its stated size;
 * every file under /data/ is listed; every money column names its currency.
 */

interface Field {
	name: string;
	type: 'string' | 'number' | 'boolean' | 'date';
	format?: string;
	description: string;
	constraints?: { enum?: string[]; pattern?: string };
	trueValues?: string[];
	falseValues?: string[];
	unit?: string;
	currency?: { code: string } | { field: string };
}
interface Resource {
	name: string;
	path: string;
	format: string;
	mediatype: string;
	encoding: string;
	bytes: number;
	licenses: { name: string; path: string }[];
	dialect?: { delimiter: string; lineTerminator: string; header: boolean };
	schema?: { fields: Field[]; missingValues: string[] };
}
interface Package {
	profile: string;
	name: string;
	licenses: { name: string; path: string }[];
	resources: Resource[];
}

const dataDir = join(distDir, 'data');
const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as Package;
const tabular = descriptor.resources.filter((resource) => resource.schema);
const ISO_4217 = /^[A-Z]{3}$/;

/** Why a cell does not fit its field, or undefined when it does. */
function cellProblem(value: string, field: Field, missing: string[]): string | undefined {
	if (missing.includes(value)) return undefined;
	switch (field.type) {
		case 'number':
			if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return `"${value}" is not a number`;
			break;
		case 'boolean':
			if (![...(field.trueValues ?? ['true']), ...(field.falseValues ?? ['false'])].includes(value))
				return `"${value}" is not a boolean`;
			break;
		case 'date': {
			const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
			if (!ok) return `"${value}" is not a YYYY-MM-DD date`;
			break;
		}
		default:
			if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return `"${value}" is not a URI`;
	}
	if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" is not one of the enum`;
	if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value))
		return `"${value}" does not match ${field.constraints.pattern}`;
	return undefined;
}

describe('the data package', () => {
	it('is a tabular data package with a licence, listing every file under /data/ with its real size', () => {
		expect(descriptor.profile).toBe('tabular-data-package');
		expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
		const listed = descriptor.resources.map((resource) => resource.path).sort();
		const built = [
			...readdir(dataDir).filter((file) => file !== 'datapackage.json'),
			...readdir(join(dataDir, 'charts')).map((file) => `charts/${file}`),
		].sort();
		expect(listed).toEqual(built);
		for (const resource of descriptor.resources) {
			expect(statSync(join(dataDir, resource.path)).size, resource.path).toBe(resource.bytes);
			expect(resource.licenses.length, resource.path).toBeGreaterThan(0);
			expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
		}
	});

	it('describes every column of every CSV, each with a description', () => {
		expect(tabular.length).toBeGreaterThanOrEqual(10);
		for (const resource of tabular)
			for (const field of resource.schema?.fields ?? [])
				expect(field.description.length, `${resource.path} → ${field.name}`).toBeGreaterThan(3);
	});
});

describe.each(tabular.map((resource) => [resource.path, resource] as const))('%s', (_path, resource) => {
	const raw = readFileSync(join(dataDir, resource.path), 'utf8');
	const fields = resource.schema?.fields ?? [];

	it('starts with a UTF-8 byte order mark and ends its lines with CRLF (Excel, LibreOffice)', () => {
		expect(raw.charCodeAt(0)).toBe(0xfeff);
		expect(raw.replace(/\r\n/g, '').includes('\n')).toBe(false);
		expect(raw.endsWith('\r\n')).toBe(true);
	});

	it('validates against its schema: header, types and constraints', () => {
		const [header, ...rows] = parseCsv(raw, { bom: true, relax_column_count: false }) as string[][];
		expect(header).toEqual(fields.map((field) => field.name));
		const problems = rows.flatMap((row, r) =>
			fields.flatMap((field, c) => {
				const problem = cellProblem(row[c] ?? '', field, resource.schema?.missingValues ?? ['']);
				return problem ? [`row ${r + 2}, ${field.name}: ${problem}`] : [];
			}),
		);
		expect(problems).toEqual([]);
	});

	it('names the currency of every money column, and every money value has one', () => {
		const [header, ...rows] = parseCsv(raw, { bom: true }) as string[][];
		for (const field of fields.filter((f) => f.currency)) {
			const currency = field.currency as { code: string } | { field: string };
			if ('code' in currency) expect(currency.code).toMatch(ISO_4217);
			else {
				const column = (header as string[]).indexOf(currency.field);
				expect(column, `${field.name}: its currency column "${currency.field}"`).toBeGreaterThanOrEqual(0);
				const index = (header as string[]).indexOf(field.name);
				for (const row of rows) if (row[index] !== '' && row[column] !== '') expect(row[column]).toMatch(ISO_4217);
			}
		}
		// A column with money in its unit must say which currency.
		for (const field of fields)
			if (/\b(IDR|USD|rupiah|US\$|dollar)/i.test(field.unit ?? ''))
				expect(field.currency, `${resource.path} → ${field.name}`).toBeDefined();
	});
});

function readdir(dir: string): string[] {
	// Only files: the charts folder is listed on its own.
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => entry.name);
}
