import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { audiences, economies, provinces, sectors, sourceKinds, topics } from '../../src/lib/schemas/content-enums';
import { fieldsFor, scaffold, yamlIds } from '../../src/lib/scaffold/scaffold';
import { splitMarkdown } from '../../src/lib/schemas/frontmatter';
import { contentHash } from '../../src/lib/translations/translation-freshness';

const copy = () => {
	const dir = mkdtempSync(join(tmpdir(), 'content-'));
	cpSync(join(process.cwd(), 'src', 'content'), dir, { recursive: true });
	return dir;
};
const pageValues = {
	'title-id': 'Perdagangan perbatasan',
	'title-en': 'Border trade',
	'slug-id': 'perdagangan-perbatasan',
	'slug-en': 'border-trade',
	'description-id': 'Cara kerja perdagangan di perbatasan.',
	'description-en': 'How trade at the border works.',
	'summary-id': 'Satu kalimat.',
	'summary-en': 'One sentence.',
	topics: 'border',
	audience: 'citizen,investor',
};

describe('the values the command accepts', () => {
	const check = (kind: 'page' | 'commodity' | 'source', flag: string, value: string) =>
		fieldsFor(kind, new Set())
			.find((field) => field.flag === flag)
			?.check(value);

	it("are every value of the schemas' lists, and only those", () => {
		for (const [kind, flag, values] of [
			['page', 'topics', topics],
			['page', 'audience', audiences],
			['commodity', 'sector', sectors],
			['commodity', 'economy', economies],
			['commodity', 'provinces', provinces],
			['source', 'kind', sourceKinds],
		] as const) {
			for (const value of values) expect(check(kind, flag, value), `${flag}: ${value}`).toBeUndefined();
			expect(check(kind, flag, 'no-such-value'), flag).toMatch(/no-such-value/);
		}
	});

	it('are web addresses and partial dates as the registry schema reads them', () => {
		expect(check('source', 'url', 'https://example.org/a')).toBeUndefined();
		expect(check('source', 'url', 'ftp://example.org/a')).toMatch(/not a web address/);
		expect(check('source', 'url', 'example.org')).toMatch(/not a web address/);
		expect(check('source', 'date', '2025-08')).toBeUndefined();
		expect(check('source', 'date', '7 August 2025')).toMatch(/YYYY-MM-DD/);
	});
});

describe('field checks', () => {
	const fields = fieldsFor('page', new Set());
	const check = (flag: string, value: string) => fields.find((field) => field.flag === flag)?.check(value);

	it('explain what is wrong', () => {
		expect(check('slug-id', 'Perdagangan Perbatasan')).toMatch(/lowercase/);
		expect(check('description-en', 'x'.repeat(161))).toMatch(/160 characters or fewer \(it has 161\)/);
		expect(check('summary-en', 'One. Two. Three. Four.')).toMatch(/1–3 short sentences/);
		expect(check('slug-en', '')).toMatch(/home page/);
		expect(check('topics', 'border,weather')).toMatch(/weather is not a topic/);
		expect(check('slug-id', 'komoditas/beras-krayan')).toBeUndefined();
	});

	it('refuse glossary sources the registry lacks', () => {
		const sources = fieldsFor('glossary', new Set(['known'])).find((field) => field.flag === 'sources');
		expect(sources?.check('known')).toBeUndefined();
		expect(sources?.check('known, unknown')).toMatch(/unknown is not in src\/content\/sources.yaml/);
	});
});

describe('scaffold', () => {
	it('writes both languages as drafts with every required field and no reader-visible text', () => {
		const writes = scaffold('page', 'border-trade', pageValues, copy(), '2026-11-28');
		expect(writes.map((write) => write.path.replace(/^.*content-[^/]+\//, ''))).toEqual([
			'pages/id/border-trade.md',
			'pages/en/border-trade.md',
		]);
		const [id] = writes;
		expect(id?.text).toMatch(/^---\ntitle: Perdagangan perbatasan\n/);
		expect(id?.text).toContain('draft: true');
		const { body } = splitMarkdown(id?.text ?? '');
		expect(body.replace(/<!--[\s\S]*?-->/, '').trim()).toBe('');
		expect(() => contentHash(id?.text ?? '')).not.toThrow();
	});

	it('refuses to overwrite a page or an id that exists', () => {
		const dir = copy();
		expect(() => scaffold('page', 'agreement', pageValues, dir, '2026-11-28')).toThrow(/already exist/);
		const existing = [...yamlIds(join(dir, 'glossary.yaml'))][0] as string;
		expect(() => scaffold('glossary', existing, {}, dir, '2026-11-28')).toThrow(
			new RegExp(`already has an entry "${existing}"`),
		);
	});

	it('appends a glossary term and a source that parse back as list entries', () => {
		const dir = copy();
		const [term] = scaffold(
			'glossary',
			'new-term',
			{
				'term-id': 'Istilah',
				'term-en': 'Term',
				'definition-id': 'Arti: satu.',
				'definition-en': 'Meaning.',
				'aliases-en': 'a, b',
				sources: 'diskominfo-kaltim-2025',
			},
			dir,
			'2026-11-28',
		);
		const [source] = scaffold(
			'source',
			'new-source-2025',
			{ title: 'A title', publisher: 'A publisher', url: 'https://example.org/a', date: '2025-08-07', kind: 'news' },
			dir,
			'2026-11-28',
		);
		const entry = (parse(term?.text ?? '') as Record<string, unknown>[])[0];
		expect(entry).toMatchObject({
			id: 'new-term',
			definition: { id: 'Arti: satu.' },
			aliases: { id: [], en: ['a', 'b'] },
		});
		expect(source?.text).toContain('date: "2025-08-07"');
	});

	it('writes a source without a headline and with an event date, and refuses what the registry rules refuse', () => {
		const dir = copy();
		const url = 'https://example.org/news/kaltim-dan-kaltara-bersepakat';
		const [source] = scaffold(
			'source',
			'example-2025',
			{
				publisher: 'example.org',
				url,
				date: '2025-08-07',
				'date-from': 'event',
				kind: 'news',
			},
			dir,
			'2026-12-01',
		);
		expect((parse(source?.text ?? '') as Record<string, unknown>[])[0]).toEqual({
			id: 'example-2025',
			publisher: 'example.org',
			url,
			date: '2025-08-07',
			dateFrom: 'event',
			kind: 'news',
		});
		const [undated] = scaffold(
			'source',
			'example-undated',
			{ title: 'A headline', publisher: 'example.org', url: 'https://example.org/a', date: 'undated', kind: 'news' },
			dir,
			'2026-12-01',
		);
		expect(undated?.text).toContain('date: undated');
		expect(() =>
			scaffold(
				'source',
				'example-slug',
				{
					title: 'kaltim-dan-kaltara-bersepakat',
					publisher: 'example.org',
					url,
					date: '2025',
					kind: 'news',
				},
				dir,
				'2026-12-01',
			),
		).toThrow(/"kaltim-dan-kaltara-bersepakat" is the article's address \(its URL slug\), not its headline/);
		const existing = (parse(readFileSync(join(dir, 'sources.yaml'), 'utf8')) as { id: string; url: string }[])[0];
		expect(() =>
			scaffold(
				'source',
				'example-again',
				{ title: 'A headline', publisher: 'example.org', url: existing?.url ?? '', date: '2025', kind: 'news' },
				dir,
				'2026-12-01',
			),
		).toThrow(new RegExp(`is also the url of "${existing?.id}"`));
	});

	it('asks for the article, not a home page, a headline, not a bracketed description, and a date', () => {
		const fields = fieldsFor('source', new Set());
		const check = (flag: string, value: string) => fields.find((field) => field.flag === flag)?.check(value);
		expect(check('url', 'https://setkab.go.id/')).toMatch(/home page/);
		expect(check('title', '[Laporan]')).toMatch(/not a description in \[brackets\]/);
		expect(check('date', 'undated')).toBeUndefined();
		expect(check('date', 'soon')).toMatch(/not a date/);
		expect(fields.find((field) => field.flag === 'date')?.optional).toBeUndefined();
	});
});
