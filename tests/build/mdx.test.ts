import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles, readContentYaml, type RegistryEntry } from '../helpers/content';
import { assertBuilt, loadPath } from '../helpers/dist';
import { indexedFragments } from '../helpers/pagefind-index';
import { type Locale } from '../../src/i18n/locales';

assertBuilt();

const mdxPages = contentFiles().filter((page) => page.file.endsWith('.mdx'));
const fragments = indexedFragments();
const registry = new Map(readContentYaml<RegistryEntry>('sources.yaml').map((entry) => [entry.id, entry]));

/** What MDX source looks like when it leaks into text: component tags, their attributes, import lines, JSX braces. */
const CODE =
	/<\/?[A-Z][A-Za-z]*[\s/>]|\bimport\s+\w+\s+from\b|\bexport\s+(const|default)\b|\b(?:id|source|speaker|quote)="|\{\s*\w+\s*\}/;

/** The text of an element without what Pagefind is told to skip: what the search index holds. */
function indexedText(html: string): string {
	return html
		.replace(/<(\w+)[^>]*data-pagefind-ignore(?:="all")?[^>]*>[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

describe('MDX pages', () => {
	it('exist in both languages: kratom, the economy page and shrimp', () => {
		const keys = (locale: Locale) =>
			mdxPages
				.filter((page) => page.locale === locale)
				.map((page) => `${page.collection}/${page.key}`)
				.sort();
		expect(keys('id')).toEqual(keys('en'));
		expect(keys('id')).toEqual(expect.arrayContaining(['commodities/kratom', 'pages/economy', 'commodities/shrimp']));
	});
});

describe.each(mdxPages)('the MDX page $file', (page) => {
	const source = readFileSync(page.file, 'utf8');
	const $ = loadPath(page.path);
	const article = $('article.article');

	it('renders every component it places, and no component code as text', () => {
		const placed = [...source.matchAll(/<(Chart|Claim|Figure|Map)\b/g)].map((match) => match[1]);
		expect(placed.length).toBeGreaterThan(0);
		const rendered = {
			Chart: 'figure.chart',
			// `<Claim id>` renders the rated claim's box (the one `[claim:CL1]` renders); `<Claim>` without an id, `.claim`.
			Claim: '.claim, .claim-box',
			Figure: 'figure.content-figure',
			Map: '.places-map',
		} as const;
		for (const name of new Set(placed))
			expect(article.find(rendered[name as keyof typeof rendered]).length, name).toBe(
				placed.filter((other) => other === name).length,
			);
		expect(article.text()).not.toMatch(CODE);
	});

	it('turns every footnote into a citation of its registry entry', () => {
		const cited = [
			...new Set([...source.matchAll(/^\[\^[^\]]+\]:\s*@([a-z0-9-]+)/gm)].map((match) => match[1] as string)),
		];
		expect(cited.length).toBeGreaterThan(0);
		const notes = $('section[data-footnotes] li');
		expect(notes.length).toBeGreaterThanOrEqual(cited.length);
		const linked = notes
			.find('a[href^="http"]')
			.map((_i, link) => $(link).attr('href'))
			.get();
		for (const id of cited) expect(linked, id).toContain(registry.get(id)?.url);
		// Every reference in the text leads to a footnote of the page.
		$('a[data-footnote-ref]').each((_i, ref) =>
			expect($(`[id="${($(ref).attr('href') ?? '').slice(1)}"]`).length, $(ref).attr('href')).toBe(1),
		);
	});

	it('links glossary terms in its text', () => {
		expect(article.find('.prose .glossary-term__link').length).toBeGreaterThan(0);
	});

	it('keeps component code out of the search index fields, the description and the structured data', () => {
		const body = $('[data-pagefind-body]');
		expect(indexedText(body.html() ?? '')).not.toMatch(CODE);
		// The fields Pagefind indexed for the page (its topic, keywords and filters are added only as it is indexed).
		const indexed = fragments.get(page.path);
		expect(indexed, `${page.path} in the index`).toBeDefined();
		expect(indexed?.content).not.toMatch(CODE);
		for (const value of [...Object.values(indexed?.meta ?? {}), ...Object.values(indexed?.filters ?? {}).flat()])
			expect(value).not.toMatch(CODE);
		expect($('meta[name="description"]').attr('content')).not.toMatch(CODE);
		$('script[type="application/ld+json"]').each((_i, script) => expect($(script).text()).not.toMatch(CODE));
	});
});
