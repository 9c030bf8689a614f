import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentFileOf } from '../../src/lib/schemas/content-files';
import { contentDir, frontmatterOf, keysIn } from '../helpers/content';
import { assertBuilt, distDir, fileOfPath, loadPage } from '../helpers/dist';
import { type Locale } from '../../src/i18n/locales';

assertBuilt();

const datasets = ['commodities', 'glossary', 'sources', 'timeline', 'claims', 'commitments'] as const;
type Value = string | number | boolean | string[] | null;
interface DataFile {
	name: string;
	license: { name: string; url: string };
	citation: { id: string; en: string };
	url: string;
	fields: { name: string; type: string; description: { id: string; en: string } }[];
	records: Record<string, Value>[];
}

const readJson = (name: string): DataFile =>
	JSON.parse(readFileSync(join(distDir, 'data', `${name}.json`), 'utf8')) as DataFile;
const readCsv = (name: string): string[][] =>
	parseCsv(readFileSync(join(distDir, 'data', `${name}.csv`), 'utf8'), {
		relax_quotes: false,
		relax_column_count: false,
		bom: true,
	});
const yamlList = (file: string): Record<string, unknown>[] =>
	parseYaml(readFileSync(join('src/content', file), 'utf8')) as Record<string, unknown>[];

/** The frontmatter of every commodity profile, by language and file name. */
function commodityFrontmatter(locale: Locale): Map<string, Record<string, unknown>> {
	return new Map(
		keysIn('commodities', locale).map((key) => [
			key,
			frontmatterOf(
				join(contentDir, 'commodities', locale, contentFileOf(join(contentDir, 'commodities', locale), key)),
			),
		]),
	);
}

describe.each(datasets)('open data: %s', (name) => {
	const json = readJson(name);
	const csv = readCsv(name);

	it('publishes JSON with its licence, citation and documented fields', () => {
		expect(json.name).toBe(name);
		expect(json.license).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(json.citation.id).toContain(json.url);
		expect(json.citation.en).toContain(json.url);
		expect(new URL(json.url).pathname).toMatch(new RegExp(`/data/${name}\\.json$`));
		for (const field of json.fields) {
			expect(field.description.id.length, field.name).toBeGreaterThan(0);
			expect(field.description.en.length, field.name).toBeGreaterThan(0);
		}
		for (const record of json.records) expect(Object.keys(record)).toEqual(json.fields.map((field) => field.name));
	});

	it('publishes CSV (RFC 4180, CRLF) with a header row and the same values as the JSON', () => {
		const raw = readFileSync(join(distDir, 'data', `${name}.csv`), 'utf8');
		expect(raw.endsWith('\r\n')).toBe(true);
		const [header, ...rows] = csv;
		expect(header).toEqual(json.fields.map((field) => field.name));
		expect(rows).toHaveLength(json.records.length);
		rows.forEach((row, index) => {
			const record = json.records[index] as Record<string, Value>;
			const expected = json.fields.map(({ name: field }) => {
				const value = record[field];
				return Array.isArray(value) ? value.join('; ') : value === null || value === undefined ? '' : String(value);
			});
			expect(row).toEqual(expected);
		});
	});

	it('is listed on both open data pages with its real size and every field', () => {
		for (const page of ['/data-terbuka/', '/en/open-data/']) {
			const $ = loadPage(fileOfPath(page) as string);
			for (const format of ['json', 'csv']) {
				const link = $(`a[href$="/data/${name}.${format}"]`);
				expect(link.length, `${page} links ${name}.${format}`).toBe(1);
				const bytes = statSync(join(distDir, 'data', `${name}.${format}`)).size;
				expect(Number(link.parent().find('[data-bytes]').attr('data-bytes')), `${page} size of ${name}.${format}`).toBe(
					bytes,
				);
			}
			const listed = $(`#dataset-${name} tbody th code`)
				.map((_, el) => $(el).text())
				.get();
			expect(listed).toEqual(json.fields.map((field) => field.name));
			expect($(`#dataset-${name} .dataset__cite`).text()).toContain(json.url);
		}
	});
});

describe('open data matches the content', () => {
	it('glossary: every term, both languages', () => {
		const expected = yamlList('glossary.yaml').map((entry) => {
			const term = entry['term'] as { id: string; en: string };
			const definition = entry['definition'] as { id: string; en: string };
			return [entry['id'], term.id, term.en, definition.id, definition.en];
		});
		const actual = readJson('glossary').records.map((r) => [
			r['id'],
			r['term_id'],
			r['term_en'],
			r['definition_id'],
			r['definition_en'],
		]);
		expect(actual).toEqual(expect.arrayContaining(expected));
		expect(actual).toHaveLength(expected.length);
	});

	it('timeline: every event with its date, title and sources', () => {
		const expected = yamlList('timeline.yaml').map((entry) => {
			const title = entry['title'] as { id: string; en: string };
			return [entry['id'], entry['date'], title.id, title.en, entry['sources']];
		});
		const actual = readJson('timeline').records.map((r) => [
			r['id'],
			r['date'],
			r['title_id'],
			r['title_en'],
			r['sources'],
		]);
		expect(actual).toEqual(expect.arrayContaining(expected));
		expect(actual).toHaveLength(expected.length);
	});

	it('sources: every registry entry with its URL, kind, where its date comes from, and its headline or none', () => {
		const expected = yamlList('sources.yaml').map((entry) => {
			const undated = entry['date'] === 'undated';
			return [
				entry['id'],
				entry['title'] ?? null,
				entry['url'],
				entry['kind'],
				undated ? null : entry['date'],
				undated ? 'undated' : (entry['dateFrom'] ?? 'publication'),
			];
		});
		const actual = readJson('sources').records.map((r) => [
			r['id'],
			r['title'],
			r['url'],
			r['kind'],
			r['date'],
			r['date_from'],
		]);
		expect(actual).toEqual(expect.arrayContaining(expected));
		expect(actual).toHaveLength(expected.length);
	});

	it('commodities: every profile, both languages, with its claim and key figure', () => {
		const id = commodityFrontmatter('id');
		const en = commodityFrontmatter('en');
		const records = readJson('commodities').records;
		expect(records.length).toBeGreaterThan(0);
		expect(records.map((r) => r['key']).sort()).toEqual([...id.keys()].sort());
		for (const record of records) {
			const a = id.get(record['key'] as string) as Record<string, unknown>;
			const b = en.get(record['key'] as string) as Record<string, unknown>;
			const claim = (x: Record<string, unknown>) => x['claim'] as { text: string; speaker: string } | undefined;
			const figure = (x: Record<string, unknown>) => x['keyFigure'] as { text: string; date: string } | undefined;
			expect(record['name_id']).toBe(a['name']);
			expect(record['name_en']).toBe(b['name']);
			expect(record['sector']).toBe(a['sector']);
			expect(record['economy']).toBe(a['economy']);
			expect(record['provinces']).toEqual(a['provinces']);
			expect(record['claim_text_id']).toBe(claim(a)?.text ?? null);
			expect(record['claim_text_en']).toBe(claim(b)?.text ?? null);
			if (figure(a)) expect(record['key_figure_id']).toBe(figure(a)?.text);
			if (figure(b)) expect(record['key_figure_en']).toBe(figure(b)?.text);
			// A typed figure: numbers as numbers, a range as low and high, its source's id and URL, when it was checked.
			if (record['key_figure_low'] !== null) {
				expect(typeof record['key_figure_low']).toBe('number');
				expect(record['key_figure_high'] as number).toBeGreaterThanOrEqual(record['key_figure_low'] as number);
				expect(record['unit']).toBeTruthy();
				expect(record['source_url']).toMatch(/^https?:\/\//);
			} else expect(record['notes_en'], `${record['key']}: no figure, so a note says why`).toBeTruthy();
			expect(record['checked']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(record['key_figure_date']).toBe(figure(a)?.date ?? null);
			for (const locale of ['id', 'en'] as const) {
				const page = fileOfPath(new URL(record[`url_${locale}`] as string).pathname);
				expect(page, `${record['key']} ${locale} profile`).toBeDefined();
				expect(loadPage(page as string)('h1').text()).not.toBe('');
			}
		}
	});
});
