import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathOfKey, readContentYaml, type RegistryEntry } from '../helpers/content';
import { assertBuilt, distDir, fileOfPath, loadPage, pathOfFile } from '../helpers/dist';
import { gzipSize } from '../helpers/page-weight';
import { registryIdsOn, registryPartFiles } from '../helpers/registry';
import { newestReportOf } from '../../src/lib/sources/newest-report';
import { locales, otherLocale } from '../../src/i18n/locales';

assertBuilt();

/**
 * The source list: the sources page keeps its method text and an index of the
 * registry's parts; each part is its own page under the sources page, in both
 * languages, and together they list every entry of `src/content/sources.yaml`
 * exactly once.
 */
const registry = readContentYaml<RegistryEntry>('sources.yaml');
const registryIds = registry.map((source) => source.id).sort();
/** Room left under the 14 KB per-page budget for the registry to grow: a full part must stay within this. */
const PART_TARGET = 11 * 1024;

describe.each(locales)('the source list in %s', (locale) => {
	const sourcesPath = pathOfKey('sources', locale);
	const sources = loadPage(fileOfPath(sourcesPath) as string);
	const parts = registryPartFiles(locale);
	const partPaths = parts.map(pathOfFile);

	it('keeps the method text on the sources page, with an index of the parts instead of every entry', () => {
		expect(
			sources(
				`[id="${locale === 'id' ? 'tanggal-pemeriksaan-fakta-dan-tanggal-pembaruan' : 'facts-checked-and-last-updated'}"]`,
			),
		).toHaveLength(1);
		expect(sources('.footnotes li').length).toBeGreaterThan(0);
		expect(parts.length).toBeGreaterThan(1);
		expect(registryIdsOn(sources)).toEqual([]);
		expect(sources('.source-registry').text()).toContain(String(registry.length));
	});

	it('lists every registry entry on exactly one part, and the parts together list all of sources.yaml', () => {
		const seen = new Map<string, string[]>();
		for (const file of parts) {
			for (const id of registryIdsOn(loadPage(file))) seen.set(id, [...(seen.get(id) ?? []), file]);
		}
		expect([...seen.keys()].sort()).toEqual(registryIds);
		expect([...seen].filter(([, files]) => files.length > 1)).toEqual([]);
	});

	it('builds each part under the sources page, at its own address', () => {
		expect(new Set(partPaths).size).toBe(parts.length);
		for (const path of partPaths) expect(path.startsWith(sourcesPath) && path !== sourcesPath, path).toBe(true);
	});

	it.each(parts)('%s links the method text and every other part, and marks itself current', (file) => {
		const $ = loadPage(file);
		const nav = $('.registry-nav');
		expect(nav.find(`a[href="${sourcesPath}"]`), 'link to the sources page').toHaveLength(1);
		const linked = nav
			.find('.registry-parts a')
			.map((_, a) => $(a).attr('href'))
			.get();
		expect(linked).toEqual(partPaths);
		expect(nav.find('.registry-parts a[aria-current="page"]').attr('href')).toBe(pathOfFile(file));
	});

	it.each(parts)(
		'%s names each entry as the registry does: its headline linked to its article, or publisher and date with "read the article"',
		(file) => {
			const $ = loadPage(file);
			const byId = new Map(registry.map((source) => [source.id, source]));
			$('.source-registry li[id^="registry-"]').each((_, li) => {
				const id = $(li).attr('id');
				const source = byId.get((id ?? '').replace(/^registry-/, ''));
				const link = $(li).find('a').first();
				expect(link.attr('href'), id).toBe(source?.url);
				if (source?.title) {
					expect(link.text().trim(), id).toBe(source.title);
				} else {
					expect(link.text().trim(), id).toBe(locale === 'id' ? 'Baca artikel' : 'Read the article');
					// Publisher and date come first, so the reader knows what the link opens.
					expect(
						$(li)
							.text()
							.trim()
							.startsWith(`${source?.publisher ?? '?'}, `),
						id,
					).toBe(true);
				}
			});
		},
	);

	it('shows the newest report of each part as the month of the newest entry it lists', () => {
		for (const file of parts) {
			const $ = loadPage(file);
			const dates = registryIdsOn($).map((id) => registry.find((source) => source.id === id)?.date ?? 'undated');
			expect($('.page-dates__newest time').attr('datetime'), file).toBe(newestReportOf(dates));
		}
	});

	it.each(parts)(
		'%s is paired with the same part in the other language: alternates, language switch, entries',
		(file) => {
			const $ = loadPage(file);
			const counterpart = registryPartFiles(otherLocale(locale))[parts.indexOf(file)] as string;
			const counterpartPath = pathOfFile(counterpart);
			expect($('html').attr('lang')).toBe(locale);
			expect(new URL($(`link[rel="alternate"][hreflang="${otherLocale(locale)}"]`).attr('href') ?? '').pathname).toBe(
				counterpartPath,
			);
			expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(pathOfFile(file));
			expect($('[data-language-switch]').attr('href')).toBe(counterpartPath);
			expect(registryIdsOn(loadPage(counterpart))).toEqual(registryIdsOn($));
		},
	);

	it.each(parts)(`%s stays within ${PART_TARGET / 1024} KB gzip, leaving room under the page budget`, (file) => {
		expect(gzipSize(readFileSync(join(distDir, file)))).toBeLessThanOrEqual(PART_TARGET);
	});
});
