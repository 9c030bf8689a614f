import type { CheerioAPI } from 'cheerio';
import { pathOfKey } from './content';
import { fileOfPath, loadPage } from './dist';
import { type Locale } from '../../src/i18n/locales';

/**
 * The built pages of the source list's parts in one language, in the order
 * the sources page links them (its index of the registry). Fails naming the
 * link when a part it links was not built.
 */
export function registryPartFiles(locale: Locale): string[] {
	const sourcesPath = pathOfKey('sources', locale);
	const sourcesFile = fileOfPath(sourcesPath);
	if (!sourcesFile) throw new Error(`The ${locale} sources page (${sourcesPath}) was not built.`);
	const $ = loadPage(sourcesFile);
	return $('.source-registry .registry-parts a')
		.map((_, a) => $(a).attr('href') ?? '')
		.get()
		.map((href) => {
			const file = fileOfPath(href);
			if (!file) throw new Error(`${sourcesPath} links the source list part ${href}, which was not built.`);
			return file;
		});
}

let allParts: Set<string> | undefined;

/** Whether a built page is a part of the source list, in either language. */
export function isRegistryPart(file: string): boolean {
	allParts ??= new Set([...registryPartFiles('id'), ...registryPartFiles('en')]);
	return allParts.has(file);
}

/** The registry ids a part of the source list shows, in order (`li[id^="registry-"]`). */
export function registryIdsOn($: CheerioAPI): string[] {
	return $('.source-registry li[id^="registry-"]')
		.map((_, li) => ($(li).attr('id') ?? '').replace(/^registry-/, ''))
		.get();
}

/**
 * The registry ids a built page shows in any form: a link to the article
 * (footnotes, source lists, the registry, update notes, map places, the
 * commodity directory), a citation link to its entry (`data-cites`: timeline,
 * glossary, figures, chart tables), or an entry of the registry itself.
 */
export function registryIdsShown($: CheerioAPI, idsByUrl: ReadonlyMap<string, string>): Set<string> {
	const ids = new Set<string>();
	$('main a[href]').each((_, a) => {
		const id = idsByUrl.get($(a).attr('href') ?? '');
		if (id) ids.add(id);
	});
	$('main [data-cites]').each((_, element) => {
		ids.add($(element).attr('data-cites') ?? '');
	});
	for (const id of registryIdsOn($)) ids.add(id);
	ids.delete('');
	return ids;
}
