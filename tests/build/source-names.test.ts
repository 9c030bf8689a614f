import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlugTitle, urlSlug } from '../../src/lib/sources/source-rules';
import { readContentYaml, type RegistryEntry } from '../helpers/content';
import { assertBuilt, distDir, listPages, loadPage } from '../helpers/dist';
import { asLocale } from '../../src/i18n/locales';

assertBuilt();

/**
 * Sources a reader recognises: a source is named by its headline, or, when
 * the headline is not known, by its publisher and date with a plain "read the
 * article" link. Never by its address: a slug such as
 * "kaltim-dan-kaltara-jalin-kerja-sama-pembangunan-daerah" or "?p=27549"
 * shown as a title, in any page or in the open data.
 */
const registry = readContentYaml<RegistryEntry>('sources.yaml');
const byUrl = new Map(registry.map((source) => [source.url, source]));
const byId = new Map(registry.map((source) => [source.id, source]));
const readArticle = { id: 'Baca artikel', en: 'Read the article' };

/**
 * Slugs a reader could mistake for a title: words joined by "-" (three or more), a `?p=` query, a long
 * number; except a slug that a publisher's name or a headline contains (a repository's name, say).
 */
const named = registry.map((source) => `${source.publisher} ${source.title ?? ''}`).join('\n');
const slugs = registry
	.map((source) => urlSlug(source.url))
	.filter(
		(slug): slug is string =>
			slug !== undefined && /^(\?\w+=\d+|\d{5,}|[^-\s]+(-[^-\s]+){2,})$/.test(slug) && !named.includes(slug),
	);
const pages = listPages();

describe.each(pages)('%s', (file) => {
	const $ = loadPage(file);
	const locale = asLocale($('html').attr('lang'));

	it('shows no URL slug as text, and no "alamat:" / "address:" label', () => {
		$('script, style, template').remove();
		const text = $('body').text();
		expect(slugs.filter((slug) => text.includes(slug))).toEqual([]);
		expect(text).not.toMatch(/\b(alamat|address): \S/);
	});

	it('names each source it links by its headline, or by publisher and date before "read the article"', () => {
		$('main a[href]').each((_, a) => {
			const source = byUrl.get($(a).attr('href') ?? '');
			if (!source) return;
			const text = $(a).text().trim();
			if (source.title) {
				// The map and the commodity directory name a source by its publisher alone.
				expect([source.title, source.publisher], source.id).toContain(text);
			} else {
				expect([readArticle[locale], source.publisher], source.id).toContain(text);
				if (text === readArticle[locale]) expect($(a).parent().text(), source.id).toContain(source.publisher);
			}
		});
	});

	it('names each citation of a registry entry by its headline, or by its publisher', () => {
		$('main a[data-cites]').each((_, a) => {
			const source = byId.get($(a).attr('data-cites') ?? '');
			expect($(a).text().trim(), $(a).attr('data-cites')).toBe(source?.title ?? source?.publisher);
		});
	});
});

describe('the open data of the sources', () => {
	it('gives every headline, and no title for a source whose headline is not known (never its slug)', () => {
		const records = (
			JSON.parse(readFileSync(join(distDir, 'data', 'sources.json'), 'utf8')) as { records: Record<string, unknown>[] }
		).records;
		expect(records).toHaveLength(registry.length);
		for (const record of records) {
			const source = byId.get(record['id'] as string);
			expect(record['title'], source?.id).toBe(source?.title ?? null);
			if (typeof record['title'] === 'string')
				expect(isSlugTitle(record['title'], record['url'] as string)).toBe(false);
		}
		const csv = readFileSync(join(distDir, 'data', 'sources.csv'), 'utf8');
		expect(slugs.filter((slug) => csv.split(/\r?\n/).some((line) => line.split(',')[1] === slug))).toEqual([]);
	});
});
