import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { chartSchema, pageSchema, sourceSchema, updateSchema } from '../../src/lib/collections/collection-schemas';
import { splitMarkdown } from '../../src/lib/schemas/frontmatter';
import { parseYamlList } from '../../src/lib/schemas/yaml-list';

/**
 * The bad-content fixtures that break one field of one file, checked against the
 * collection schemas without a build: each fixture's own file is read as the
 * content layer reads it, and the schema must refuse it with the editor's message
 * (the field and the fix). That the build names the file around such a message is
 * proved once per loader by tests/build/bad-content.test.ts (`date-in-words` for a
 * page, `source-home-page` for a YAML collection).
 */
const fixture = (name: string, file: string): string => readFileSync(join('tests/fixtures', name, file), 'utf8');

/** The frontmatter of a fixture page, as Astro's content layer reads it. */
const page = (name: string): unknown => splitMarkdown(fixture(name, 'src/content/pages/en/fixture-check.md')).data;

/** The one entry a fixture appends to a YAML collection. */
function appended(name: string, file: string): unknown {
	const entries = parseYamlList(fixture(name, `${file}.append`), file);
	expect(entries).toHaveLength(1);
	return { id: entries[0]?.id, ...entries[0]?.data };
}

/** Each problem the schema finds, as the build prints it: `field.path: message`. */
function problems(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const cases: { name: string; schema: z.ZodType; data: () => unknown; problem: RegExp }[] = [
	{
		name: 'wrong-frontmatter-type',
		schema: pageSchema,
		data: () => page('wrong-frontmatter-type'),
		problem: /^audience: .*expected array/i,
	},
	{
		name: 'description-too-long',
		schema: pageSchema,
		data: () => page('description-too-long'),
		problem: /^description: .*160 characters/i,
	},
	{
		name: 'missing-newest-report',
		schema: pageSchema,
		data: () => page('missing-newest-report'),
		problem: /^newestReport: "newestReport" is missing\. Write "newestReport: YYYY-MM"/,
	},
	{
		name: 'date-in-words',
		schema: pageSchema,
		data: () => page('date-in-words'),
		problem: /^updated: "1 Desember 2026" is a date in words\. Write it in numbers, year first: write 2026-12-01\.$/,
	},
	{
		name: 'chart-missing-source',
		schema: chartSchema,
		data: () => appended('chart-missing-source', 'src/content/charts.yaml'),
		problem:
			/^figures\.0\.source: Every figure on a chart needs "source": the id of its entry in src\/content\/sources\.yaml/,
	},
	{
		name: 'source-home-page',
		schema: sourceSchema,
		data: () => appended('source-home-page', 'src/content/sources.yaml'),
		problem: /^url: "https:\/\/setkab\.go\.id\/" is a site's home page, not the article\. Link the article itself/,
	},
	{
		name: 'source-bracketed-title',
		schema: sourceSchema,
		data: () => appended('source-bracketed-title', 'src/content/sources.yaml'),
		problem:
			/^title: "\[Laporan peresmian Export Center Balikpapan\]" is a description in brackets, not the source's headline\. Write the headline as published/,
	},
	{
		name: 'source-slug-title',
		schema: sourceSchema,
		data: () => appended('source-slug-title', 'src/content/sources.yaml'),
		problem:
			/^title: "kaltim-kaltara-fixture-artikel-tanpa-judul" is the article's address \(its URL slug\), not its headline\. Write the headline as published; if it is not known, remove "title"/,
	},
	{
		name: 'source-missing-date',
		schema: sourceSchema,
		data: () => appended('source-missing-date', 'src/content/sources.yaml'),
		problem: /^date: The date is missing\. Write the publication date/,
	},
];

describe.each(cases)('the fixture $name', ({ schema, data, problem }) => {
	it('is refused with exactly one problem: its field and the fix', () => {
		const found = problems(schema, data());
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(problem);
	});
});

describe('the fixtures’ good twins', () => {
	it('pass once the one thing wrong is fixed, so each fixture breaks one rule only', () => {
		const good = page('date-in-words') as Record<string, unknown>;
		expect(problems(pageSchema, { ...good, updated: '2026-12-01' })).toEqual([]);
		const source = appended('source-missing-date', 'src/content/sources.yaml') as Record<string, unknown>;
		expect(problems(sourceSchema, { ...source, date: '2025-08-07' })).toEqual([]);
		const chart = appended('chart-missing-source', 'src/content/charts.yaml') as { figures: object[] };
		const figures = chart.figures.map((figure) => ({ ...figure, source: 'diskominfo-kaltim-2025' }));
		expect(problems(chartSchema, { ...chart, figures })).toEqual([]);
	});
});

describe('a change note', () => {
	const note = (fields: Record<string, unknown>): unknown => ({
		id: 'koreksi-contoh',
		date: '2026-12-07',
		title: { id: 'Koreksi: harga kratom', en: 'Correction: kratom prices' },
		text: { id: 'Teks.', en: 'Text.' },
		corrects: true,
		pages: ['commodities/kratom'],
		...fields,
	});

	it('titled "Koreksi" but without "corrects: true" is refused, naming the field and the fix', () => {
		expect(problems(updateSchema, note({ corrects: false }))).toEqual([
			expect.stringMatching(/^corrects: The title says this note is a correction .* Write "corrects: true"/),
		]);
		expect(problems(updateSchema, note({ corrects: undefined }))).toHaveLength(1);
	});

	it('that corrects a fact but names no page is refused', () => {
		expect(problems(updateSchema, note({ pages: [] }))).toEqual([
			expect.stringMatching(/^pages: A correction must name the pages it changed/),
		]);
	});

	it('marked and linked to its pages is accepted, and so is a note that corrects nothing', () => {
		expect(problems(updateSchema, note({}))).toEqual([]);
		expect(
			problems(updateSchema, note({ title: { id: 'Halaman baru', en: 'New page' }, corrects: false, pages: [] })),
		).toEqual([]);
	});
});
