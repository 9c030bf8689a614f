import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	CONTENT_GLOB,
	contentFileOf,
	contentKeysUnder,
	isContentFile,
	isMdxFile,
	stripContentExtension,
} from '../../src/lib/schemas/content-files';
import { proseOf } from '../../src/lib/markdown/mdx-text';
import { faqFromMarkdown } from '../../src/lib/site/structured-data';

const folder = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('content file names', () => {
	it('accepts .md and .mdx, and strips either to the translation key', () => {
		expect(CONTENT_GLOB).toBe('{id,en}/**/*.{md,mdx}');
		expect(['a.md', 'a.mdx', 'a.markdown', 'a.mdxx', 'a.yaml'].map(isContentFile)).toEqual([
			true,
			true,
			false,
			false,
			false,
		]);
		expect(stripContentExtension('id/kratom.mdx')).toBe('id/kratom');
		expect(stripContentExtension('id/agreement.md')).toBe('id/agreement');
		expect(stripContentExtension('src/content/pages/en/x.mdx')).toBe('src/content/pages/en/x');
		expect(isMdxFile('src/content/commodities/en/kratom.mdx')).toBe(true);
		expect(isMdxFile('src/content/commodities/en/kratom.md')).toBe(false);
	});

	it('lists keys of both kinds in a folder, finds each file, and refuses one page written twice', () => {
		mkdirSync(join(folder, 'id'));
		for (const name of ['plain.md', 'placed.mdx', 'twice.md', 'twice.mdx', 'notes.txt'])
			writeFileSync(join(folder, 'id', name), '---\n---\n');
		expect(contentKeysUnder(join(folder, 'id'))).toEqual(['placed', 'plain', 'twice', 'twice']);
		expect(contentFileOf(join(folder, 'id'), 'placed')).toBe('placed.mdx');
		expect(contentFileOf(join(folder, 'id'), 'plain')).toBe('plain.md');
		expect(contentFileOf(join(folder, 'id'), 'new-page')).toBe('new-page.md');
		expect(() => contentFileOf(join(folder, 'id'), 'twice')).toThrow(
			/twice\.md and twice\.mdx are one page written twice/,
		);
	});
});

describe('proseOf', () => {
	it('drops import lines and component tags with their attributes, keeping the text between tags', () => {
		const body = [
			"import Thing from '../x.astro';",
			'',
			'Text before.[^1]',
			'',
			'<Chart id="kratom-claim-prices" />',
			'',
			'<Claim speaker="Gubernur Kaltim Rudy Mas\'ud" date="7 Agustus 2025" source="diskominfo-kaltim-2025" quote="Rp98 juta > harga">',
			'',
			'The finding.',
			'',
			'</Claim>',
			'<Figure src="/a.svg" alt="A" width={640} height={360} caption="Caption" source="x" />',
		].join('\n');
		const prose = proseOf(body);
		expect(prose).not.toMatch(/import|<|>|Chart|Claim|Figure|speaker=|\{640\}/);
		expect(prose).toContain('Text before.[^1]');
		expect(prose).toContain('The finding.');
	});

	it('leaves plain Markdown and lowercase HTML alone', () => {
		const markdown = 'A <abbr title="x">term</abbr> and <!-- a note -->.\n\n| a | b |\n| --- | --- |';
		expect(proseOf(markdown)).toBe(markdown);
	});

	it('keeps component code out of the FAQ answers', () => {
		const pairs = faqFromMarkdown('## Question?\n\n<Chart id="growth-2024" />\n\nThe answer.[^1]\n\n[^1]: @seed\n');
		expect(pairs).toEqual([{ question: 'Question?', answer: 'The answer.' }]);
	});
});
