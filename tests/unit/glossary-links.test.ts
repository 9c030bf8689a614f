import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { glossaryMatcher, phrasesOf } from '../../src/lib/markdown/glossary-terms';
import { rehypeGlossaryLinks } from '../../src/lib/markdown/rehype-glossary-links';
import { type Locale } from '../../src/i18n/locales';

const glossaryPath = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
writeFileSync(
	glossaryPath,
	`- id: umkm
  term: { id: UMKM, en: MSME (UMKM) }
  definition: { id: Usaha mikro, kecil, dan menengah., en: Micro, small and medium-sized enterprises. }
  aliases: { id: [usaha kecil], en: [MSMEs] }
- id: kesepakatan-bersama
  term: { id: Kesepakatan Bersama, en: Joint agreement (Kesepakatan Bersama) }
  definition: { id: Dokumen kerja sama dua daerah., en: A document two regions sign. }
  aliases: { id: [kesepakatan], en: [agreement] }
`,
);

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});

function run(tree: Root, locale: Locale, frontmatter: Record<string, unknown> = {}, base = '/'): Root {
	const file = new VFile({ path: `/site/src/content/pages/${locale}/x.md`, data: { astro: { frontmatter } } });
	rehypeGlossaryLinks({ glossaryPath, base })(tree, file);
	return tree;
}

const links = (node: Root | Element): Element[] =>
	node.children.flatMap((child) =>
		child.type === 'element'
			? [...(child.tagName === 'a' && child.properties['dataGlossaryTerm'] ? [child] : []), ...links(child)]
			: [],
	);

describe('glossary phrases', () => {
	it('match the term, both halves of "MSME (UMKM)" or "KIHI / KIPI", and the aliases', () => {
		expect(phrasesOf('MSME (UMKM)', ['MSMEs']).sort()).toEqual(['MSME', 'MSME (UMKM)', 'MSMEs', 'UMKM'].sort());
		expect(phrasesOf('KIHI / KIPI', []).sort()).toEqual(['KIHI', 'KIHI / KIPI', 'KIPI']);
	});

	it('prefer the longest phrase and respect word boundaries', () => {
		const { pattern } = glossaryMatcher(
			[{ id: 'k', term: { id: 'Kesepakatan Bersama' }, definition: { id: 'd' }, aliases: { id: ['kesepakatan'] } }],
			'id',
		);
		expect('Kesepakatan Bersama itu'.match(pattern)).toEqual(['Kesepakatan Bersama']);
		expect('kesepakatannya'.match(pattern)).toBeNull();
	});
});

describe('rehypeGlossaryLinks', () => {
	it('links only the first use of each term, with the definition as its description', () => {
		const tree = run(
			{
				type: 'root',
				children: [
					el('p', [text('UMKM di perbatasan. UMKM lagi, dan usaha kecil.')]),
					el('p', [text('Kesepakatan Bersama ditandatangani; kesepakatan itu.')]),
				],
			},
			'id',
		);
		const found = links(tree);
		expect(found.map((link) => link.properties['dataGlossaryTerm'])).toEqual(['umkm', 'kesepakatan-bersama']);
		expect(found[0]?.properties['href']).toBe('/glosarium/#umkm');
		expect(found[0]?.properties['ariaDescribedBy']).toEqual(['glossary-tip-umkm']);
	});

	it('never links inside headings, links or code, and skips the footnotes', () => {
		const tree = run(
			{
				type: 'root',
				children: [
					el('h2', [text('UMKM')]),
					el('p', [el('a', [text('UMKM')], { href: '/x/' }), text(' '), el('code', [text('UMKM')])]),
					el('section', [el('p', [text('UMKM')])], { dataFootnotes: true }),
					el('p', [el('strong', [text('UMKM')])]),
				],
			},
			'id',
		);
		const found = links(tree);
		expect(found).toHaveLength(1);
		const last = tree.children[3] as Element;
		expect(links(last)).toHaveLength(1);
	});

	it('uses the English glossary and the base path on English pages', () => {
		const tree = run({ type: 'root', children: [el('p', [text('Support for MSMEs.')])] }, 'en', {}, '/sub/');
		expect(links(tree)[0]?.properties['href']).toBe('/sub/en/glossary/#umkm');
	});

	it('leaves pages that opt out, and the glossary page, alone', () => {
		expect(
			links(run({ type: 'root', children: [el('p', [text('UMKM')])] }, 'id', { glossaryLinks: false })),
		).toHaveLength(0);
		expect(
			links(run({ type: 'root', children: [el('p', [text('UMKM')])] }, 'id', { template: 'glossary' })),
		).toHaveLength(0);
	});
});
