import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under';
import { SEARCH_FIELDS_FILE } from '../../src/lib/search/search-fields-file';
import { contentFiles, frontmatterOf } from '../helpers/content';
import { assertBuilt, distDir, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';
import { indexedFragments } from '../helpers/pagefind-index';
import { JS_BEFORE_INTERACTION, measurePage } from '../helpers/page-weight';

assertBuilt();

interface PagefindEntry {
	languages: Record<string, { wasm?: string; page_count: number }>;
}

const entryFile = join(distDir, 'pagefind', 'pagefind-entry.json');
const contentPages = listPages().filter((file) => !isNotFoundPage(file));
const languageOf = (file: string): string => (pathOfFile(file).startsWith('/en/') ? 'en' : 'id');
// What Pagefind indexed per page: the search fields are added to the pages only as they are indexed.
const fragments = indexedFragments();

describe('the search index', () => {
	it('is written into the build by the build itself', () => {
		expect(existsSync(entryFile), 'dist/pagefind/pagefind-entry.json').toBe(true);
	});

	it('has one index per language, each holding every page built in that language', () => {
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
		for (const language of ['id', 'en']) {
			const built = contentPages.filter((file) => languageOf(file) === language).length;
			expect(entry.languages[language]?.page_count, language).toBe(built);
		}
	});

	it('stems Indonesian and English with their own language modules', () => {
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
		for (const language of ['id', 'en']) {
			expect(entry.languages[language]?.wasm, language).toBe(language);
			expect(existsSync(join(distDir, 'pagefind', `wasm.${language}.pagefind`)), `wasm.${language}.pagefind`).toBe(
				true,
			);
		}
	});

	it('leaves out the 404 pages', () => {
		for (const file of listPages().filter(isNotFoundPage))
			expect(loadPage(file)('[data-pagefind-body]').length, file).toBe(0);
	});
});

describe.each(contentPages)('%s in the index', (file) => {
	const $ = loadPage(file);
	const body = $('[data-pagefind-body]');
	const fragment = fragments.get(pathOfFile(file));

	it('indexes only the article: not the header, navigation, footer, source list or notes', () => {
		expect(body.length).toBe(1);
		expect(body.closest('header, nav, footer').length).toBe(0);
		expect(body.find('header, footer, .site-search').length).toBe(0);
		// A page's own navigation (its contents list, the glossary's A–Z) sits in the article, where a reader needs it, but is not indexed.
		body.find('nav').each((_i, element) => {
			expect($(element).closest('[data-pagefind-ignore="all"]').length, $(element).attr('class')).toBe(1);
		});
		body.find('.source-list, .footnotes').each((_i, element) => {
			expect($(element).closest('[data-pagefind-ignore="all"]').length, $(element).attr('class')).toBe(1);
		});
		body.find('[data-footnote-ref]').each((_i, element) => expect($(element).is('[data-pagefind-ignore]')).toBe(true));
	});

	it('weights the summary above body text; the index holds the title, the visible summary and the topic as metadata', () => {
		const summary = $('.summary p').text().trim();
		expect(Number($('.summary p').attr('data-pagefind-weight'))).toBeGreaterThan(1);
		expect(summary.length).toBeGreaterThan(0);
		expect($('.summary p').attr('data-pagefind-meta')).toBe('summary');
		expect(body.find('h1').length).toBe(1);
		expect(fragment, `${pathOfFile(file)} in the index`).toBeDefined();
		expect(fragment?.language).toBe(languageOf(file));
		expect(fragment?.meta['title']).toBe(body.find('h1').text().trim());
		expect(fragment?.meta['summary']?.replace(/\s+/g, ' ')).toBe(summary.replace(/\s+/g, ' '));
		expect(fragment?.meta['topic']).toMatch(/\S/);
	});

	it('is indexed with topic and audience filters', () => {
		const filters = Object.entries(fragment?.filters ?? {}).flatMap(([group, values]) =>
			values.map((value) => `${group}:${value}`),
		);
		expect(filters.some((filter) => filter.startsWith('topic:'))).toBe(true);
		expect(filters.some((filter) => filter.startsWith('audience:'))).toBe(true);
		for (const filter of filters) expect(filter).toMatch(/^(topic|audience|economy|province):[a-z-]+$/);
	});

	it('sends readers none of the search fields: no hidden filter, topic or keyword elements', () => {
		expect($('[data-pagefind-filter]').length).toBe(0);
		expect(
			$('[data-pagefind-meta]')
				.map((_i, element) => element.attribs['data-pagefind-meta'])
				.get(),
		).toEqual(['summary']);
		expect($('.search-fields').length).toBe(0);
	});

	it('has a header search that works without JavaScript: a form to the search page with q', () => {
		const form = $('site-search > form.site-search__form');
		const expected = languageOf(file) === 'en' ? /\/en\/search\/$/ : /^\/(.+\/)?cari\/$/;
		expect(form.attr('action')).toMatch(expected);
		expect(form.find('input[name="q"]').length).toBe(1);
		const input = form.find('input');
		expect(
			input.attr('aria-label')?.trim() ||
				$(`label[for="${input.attr('id')}"]`)
					.text()
					.trim(),
		).not.toBe('');
	});
});

describe('commodity profiles', () => {
	const profiles = contentPages.filter((file) => /^(en\/commodities|komoditas)\/[^/]+\/index\.html$/.test(file));
	it('are filtered by economy (green or blue) and province', () => {
		expect(profiles.length, 'commodity profiles in the build').toBeGreaterThan(0);
		for (const file of profiles) {
			const filters = fragments.get(pathOfFile(file))?.filters ?? {};
			expect(
				filters['economy']?.filter((value) => /^(green|blue)$/.test(value)),
				file,
			).toHaveLength(1);
			expect(filters['province']?.length, file).toBeGreaterThan(0);
		}
	});
});

describe('the search fields in the index', () => {
	it("are each content page's frontmatter: topics, audience, and a commodity's economy and provinces", () => {
		for (const page of contentFiles()) {
			const data = frontmatterOf(page.file);
			const filters = fragments.get(page.path)?.filters;
			expect(filters, page.path).toBeDefined();
			const commodity = page.collection === 'commodities';
			const topics = data['topics'] as string[];
			const economy = commodity
				? [String(data['economy'])]
				: topics.flatMap((topic) => (topic === 'green-economy' ? ['green'] : topic === 'blue-economy' ? ['blue'] : []));
			const expected = {
				topic: topics,
				audience: data['audience'] as string[],
				economy,
				province: commodity ? (data['provinces'] as string[]) : [],
			};
			for (const [group, values] of Object.entries(expected))
				expect([...(filters?.[group] ?? [])].sort(), `${page.path} ${group}`).toEqual([...values].sort());
		}
	});

	it("give every filter value as many pages in each language, and the other language's glossary terms as keywords", () => {
		const counts = (language: string): Record<string, number> => {
			const tally: Record<string, number> = {};
			for (const fragment of fragments.values()) {
				if (fragment.language !== language) continue;
				for (const [group, values] of Object.entries(fragment.filters))
					for (const value of values) tally[`${group}:${value}`] = (tally[`${group}:${value}`] ?? 0) + 1;
			}
			return tally;
		};
		expect(counts('en')).toEqual(counts('id'));
		for (const group of ['topic', 'audience', 'economy', 'province'])
			expect(
				Object.keys(counts('en')).some((key) => key.startsWith(`${group}:`)),
				group,
			).toBe(true);
		// Glossary names a page lacks, in the other language, are in its keywords: "kepiting" finds the English mud crab profile.
		for (const language of ['id', 'en']) {
			const added = [...fragments.values()]
				.filter((fragment) => fragment.language === language)
				.flatMap((fragment) =>
					(fragment.meta['keywords'] ?? '')
						.split(', ')
						.filter((word) => word !== '' && !fragment.content.toLowerCase().includes(word.toLowerCase())),
				);
			expect(added.length, `${language} pages with glossary keywords their text lacks`).toBeGreaterThan(0);
		}
	});

	it('are not deployed: the side file the build indexes them from is gone', () => {
		expect(existsSync(join(distDir, SEARCH_FIELDS_FILE)), SEARCH_FIELDS_FILE).toBe(false);
		expect(filesUnder(distDir).filter((file) => file.includes('search-index-fields'))).toEqual([]);
	});
});

describe('the search pages', () => {
	it.each([
		['cari/index.html', 'id'],
		['en/search/index.html', 'en'],
	])('%s has the filters, a no-JavaScript note and a list of every page, kept out of the index', (file, language) => {
		const $ = loadPage(file);
		const section = $('search-ui[data-url-sync]');
		expect(section.attr('data-pagefind-ignore')).toBe('all');
		expect(section.find('input[name="q"]').length).toBe(1);
		expect(section.find('fieldset.search-filters input[type="checkbox"][name="topic"]').length).toBeGreaterThan(0);
		expect(section.find('.search-page__nojs a').attr('href')).toBe('#all-pages');
		const listed = section.find('#all-pages').parent().find('li a').length;
		expect(listed).toBe(contentPages.filter((page) => languageOf(page) === language).length);
	});
});

describe('JavaScript loaded before a reader opens search', () => {
	it.each(contentPages)('%s stays within the before-interaction budget and references no Pagefind file', (file) => {
		expect(measurePage(file).js).toBeLessThanOrEqual(JS_BEFORE_INTERACTION);
		expect(loadPage(file)('script[src*="pagefind"], link[href*="pagefind"]').length).toBe(0);
	});

	it('keeps the search interface as one file loaded on demand', () => {
		expect(filesUnder(distDir).filter((file) => /^_astro\/search-ui-.*\.js$/.test(file))).toHaveLength(1);
	});
});
