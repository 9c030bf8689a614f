import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';
import {
	contentFiles,
	emptySections,
	keysIn,
	pathOfKey,
	placeholdersIn,
	readContentYaml,
	registryIdOfHref,
	routedCollections,
	type RegistryEntry,
} from '../helpers/content';
import { isRegistryPart, registryPartFiles } from '../helpers/registry';
import { locales, otherLocale, type Locale } from '../../src/i18n/locales';

assertBuilt();

const registry = readContentYaml<RegistryEntry>('sources.yaml');
const registryById = new Map(registry.map((source) => [source.id, source]));
const registryIdByUrl = new Map(registry.map((source) => [source.url, source.id]));
const glossary = readContentYaml<{ id: string; term: Record<Locale, string> }>('glossary.yaml');
const timeline = readContentYaml<{ id: string; date: string }>('timeline.yaml');
const contentPages = listPages().filter((file) => !isNotFoundPage(file));

/** The built page of a translation key, parsed. */
function builtPage(key: string, locale: Locale) {
	const file = fileOfPath(pathOfKey(key, locale));
	if (!file) throw new Error(`The ${locale} page "${key}" (${pathOfKey(key, locale)}) was not built.`);
	return loadPage(file);
}

describe('both languages', () => {
	it.each(routedCollections)('src/content/%s has the same file names in id/ and en/', (collection) => {
		expect(keysIn(collection, 'en')).toEqual(keysIn(collection, 'id'));
	});

	it.each(contentFiles().map((entry) => [`${entry.collection}/${entry.locale}/${entry.key}`, entry] as const))(
		'%s is built and its language alternate is its translation',
		(_name, entry) => {
			const file = fileOfPath(entry.path);
			expect(file, `${entry.file} should be built at ${entry.path}`).toBeDefined();
			const counterpart = contentFiles().find(
				(candidate) =>
					candidate.collection === entry.collection && candidate.key === entry.key && candidate.locale !== entry.locale,
			);
			expect(counterpart, `${entry.file} has no translation`).toBeDefined();
			const $ = loadPage(file as string);
			const alternate = $(`link[rel="alternate"][hreflang="${otherLocale(entry.locale)}"]`).attr('href') ?? '';
			expect(new URL(alternate).pathname).toBe(counterpart?.path);
		},
	);

	it('has at least 30 glossary terms', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(30);
	});

	it.each(locales)('shows every glossary term in %s, with its anchor and the term in the other language', (locale) => {
		const $ = builtPage('glossary', locale);
		for (const entry of glossary) {
			const heading = $(`[id="${entry.id}"]`);
			expect(heading, `#${entry.id}`).toHaveLength(1);
			expect(heading.text().trim()).toBe(entry.term[locale]);
			const item = heading.closest('.glossary__entry');
			expect(
				item
					.find(`[lang="${otherLocale(locale)}"]`)
					.first()
					.text()
					.trim(),
			).toBe(entry.term[otherLocale(locale)]);
		}
	});

	it.each(locales)('sorts the glossary alphabetically in %s', (locale) => {
		const $ = builtPage('glossary', locale);
		const terms = $('.glossary__entry h3')
			.map((_, term) => $(term).text().trim())
			.get();
		const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
		expect(terms).toEqual([...terms].sort(collator.compare));
	});

	it.each(locales)('lists every timeline event in %s as an ordered list, oldest first, each cited', (locale) => {
		const $ = builtPage('timeline', locale);
		const events = $('main ol.timeline__list > li');
		expect(events).toHaveLength(timeline.length);
		const dates = events.map((_, li) => $(li).find('time').attr('datetime') ?? '').get();
		expect([...dates].sort()).toEqual(timeline.map((event) => event.date).sort());
		expect(dates).toEqual([...dates].sort());
		events.each((_, li) => {
			const cited = $(li)
				.find('a')
				.map((__, a) => registryIdOfHref($(a).attr('href') ?? ''))
				.get();
			expect(cited.length, $(li).text()).toBeGreaterThan(0);
		});
	});
});

describe('citations', () => {
	const citedSomewhere = new Set<string>();
	/** Each language's parts of the source list, parsed, by the path they are served at. */
	const partsByPath = Object.fromEntries(
		locales.map((locale) => [
			locale,
			new Map(registryPartFiles(locale).map((file) => [pathOfFile(file), loadPage(file)])),
		]),
	) as Record<Locale, Map<string, ReturnType<typeof loadPage>>>;

	describe.each(contentPages)('%s', (file) => {
		const $ = loadPage(file);
		const locale: Locale = pathOfFile(file).startsWith('/en/') ? 'en' : 'id';

		// A part of the source list lists sources rather than citing them (tests/build/source-list.test.ts checks it).
		it.runIf(!isRegistryPart(file))('has at least one citation, and every citation reaches its note', () => {
			const refs = $('[data-footnote-ref]');
			expect(refs.length).toBeGreaterThan(0);
			refs.each((_, ref) => {
				const target = ($(ref).attr('href') ?? '').replace(/^#/, '');
				expect($(`[id="${target}"]`), `note ${target}`).toHaveLength(1);
			});
		});

		it('cites only sources of the registry', () => {
			$('.footnotes li').each((_, li) => {
				const href = $(li).find('a').first().attr('href') ?? '';
				const id = registryIdByUrl.get(href);
				expect(id, `footnote ${$(li).attr('id')} links to ${href}`).toBeDefined();
				citedSomewhere.add(id as string);
			});
			$('.source-list li[id^="source-"]').each((_, li) => {
				const id = ($(li).attr('id') ?? '').replace(/^source-/, '');
				expect(registryById.has(id), `source list entry ${id}`).toBe(true);
				citedSomewhere.add(id);
			});
		});

		it('links timeline and glossary citations to their entries in the part of the source list that holds them, under the source title (or publisher)', () => {
			$('a[href*="#registry-"]').each((_, a) => {
				const href = $(a).attr('href') ?? '';
				const id = registryIdOfHref(href) ?? '';
				const source = registryById.get(id);
				expect(source?.title ?? source?.publisher, href).toBe($(a).text().trim());
				const part = partsByPath[locale].get(href.split('#')[0] ?? '');
				expect(part, `${href} points to a page that is not a part of the ${locale} source list`).toBeDefined();
				expect(part?.(`[id="registry-${id}"]`), href).toHaveLength(1);
				citedSomewhere.add(id);
			});
		});
	});

	it('cites every registry source somewhere in the site (a page source list, the timeline or the glossary)', () => {
		const uncited = registry.map((source) => source.id).filter((id) => !citedSomewhere.has(id));
		expect(uncited).toEqual([]);
	});
});

describe('reachable pages', () => {
	it('links every content page from at least one other page (navigation, footer, hub or body)', () => {
		const linked = new Set<string>();
		for (const file of listPages()) {
			const $ = loadPage(file);
			// The language switch pairs a page with its translation; it does not make the pair reachable.
			$('a[href]:not([data-language-switch])').each((_, a) => {
				const href = $(a).attr('href') ?? '';
				const target = href.startsWith('/') ? fileOfPath(href) : undefined;
				if (target && target !== file) linked.add(target);
			});
		}
		expect(contentPages.filter((file) => !linked.has(file))).toEqual([]);
	});
});

describe('complete pages', () => {
	it('the checks find an empty section and placeholder text', () => {
		const $ = load('<main><h1>A</h1><p>x</p><h2>Empty</h2><h2>Full</h2><h3>Sub</h3><p>TODO</p><h2>Last</h2></main>');
		expect(emptySections($)).toEqual(['Empty', 'Last']);
		expect(placeholdersIn($)).toEqual(['TODO']);
	});

	it.each(listPages())('%s has no empty section and no placeholder text', (file) => {
		const $ = loadPage(file);
		expect(emptySections($)).toEqual([]);
		expect(placeholdersIn($)).toEqual([]);
	});
});
