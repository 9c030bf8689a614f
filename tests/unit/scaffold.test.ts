import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldsFor, readSchemaEnums, scaffold, yamlIds } from '../../src/lib/scaffold';
import { splitMarkdown } from '../../src/lib/frontmatter';
import { contentHash } from '../../src/lib/translation-freshness';

const enums = readSchemaEnums(readFileSync(join(process.cwd(), 'src', 'lib', 'schemas.ts'), 'utf8'));
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

describe('readSchemaEnums', () => {
	it('reads the allowed values from the schemas', () => {
		expect(enums.topics).toContain('agreement');
		expect(enums.sourceKinds).toEqual(['official', 'news', 'advertorial', 'reference']);
		expect(enums.sectors).toContain('fisheries');
		expect(enums.economies).toEqual(['green', 'blue']);
		expect(enums.audiences).toEqual(['citizen', 'investor']);
	});
});

describe('field checks', () => {
	const fields = fieldsFor('page', enums, new Set());
	const check = (flag: string, value: string) => fields.find((field) => field.flag === flag)?.check(value);

	it('explain what is wrong', () => {
		expect(check('slug-id', 'Perdagangan Perbatasan')).toMatch(/lowercase/);
		expect(check('description-en', 'x'.repeat(161))).toMatch(/161 characters/);
		expect(check('topics', 'border,weather')).toMatch(/weather is not a topic/);
		expect(check('slug-id', 'komoditas/beras-krayan')).toBeUndefined();
	});

	it('refuse glossary sources the registry lacks', () => {
		const sources = fieldsFor('glossary', enums, new Set(['known'])).find((field) => field.flag === 'sources');
		expect(sources?.check('known')).toBeUndefined();
		expect(sources?.check('known, unknown')).toMatch(/unknown is not in src\/content\/sources.yaml/);
	});
});

describe('scaffold', () => {
	it('writes both languages as drafts with every required field and no reader-visible text', () => {
		const writes = scaffold('page', 'border-trade', pageValues, copy(), '2026-11-28');
		expect(writes.map((write) => write.path.replace(/^.*content-[^/]+\//, ''))).toEqual(['pages/id/border-trade.md', 'pages/en/border-trade.md']);
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
		expect(() => scaffold('glossary', existing, {}, dir, '2026-11-28')).toThrow(new RegExp(`already has an entry "${existing}"`));
	});

	it('appends a glossary term and a source that parse back as list entries', () => {
		const dir = copy();
		const [term] = scaffold('glossary', 'new-term', { 'term-id': 'Istilah', 'term-en': 'Term', 'definition-id': 'Arti: satu.', 'definition-en': 'Meaning.', 'aliases-en': 'a, b', sources: 'diskominfo-kaltim-2025' }, dir, '2026-11-28');
		const [source] = scaffold('source', 'new-source-2025', { title: 'A title', publisher: 'A publisher', url: 'https://example.org/a', date: '2025-08-07', kind: 'news' }, dir, '2026-11-28');
		const entry = (parse(term?.text ?? '') as Record<string, unknown>[])[0];
		expect(entry).toMatchObject({ id: 'new-term', definition: { id: 'Arti: satu.' }, aliases: { id: [], en: ['a', 'b'] } });
		expect(source?.text).toContain('date: "2025-08-07"');
	});
});
