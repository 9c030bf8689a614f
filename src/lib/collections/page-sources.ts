import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { newestReportProblem } from '../sources/newest-report';
import type { RoutedEntry } from './page-routes';

/**
 * The sources a page consulted but cites in no footnote (frontmatter
 * `sources`), in the order listed. Every cited source is already cited in full
 * in its footnote, so the page lists only these apart.
 */
export async function uncitedSources(
	entry: RoutedEntry,
	cited: readonly string[],
): Promise<CollectionEntry<'sources'>[]> {
	const ids = entry.data.sources.map((ref) => ref.id).filter((id) => !cited.includes(id));
	const found = await Promise.all(ids.map((id) => getEntry('sources', id)));
	return found.map((source, index) => {
		if (!source) throw new Error(`${entry.filePath}: source "${ids[index]}" is not in src/content/sources.yaml.`);
		return source;
	});
}

/** Every source of the registry, for the sources page. */
export async function allSources(): Promise<CollectionEntry<'sources'>[]> {
	return getCollection('sources');
}

/**
 * A page's newest report (frontmatter `newestReport`), after checking that it
 * is not older than the newest dated source the page cites in footnotes or
 * lists in `sources`; stops the build naming the file, the field and the fix.
 */
export async function checkedNewestReport(entry: RoutedEntry, cited: readonly string[]): Promise<string> {
	const ids = [...new Set([...cited, ...entry.data.sources.map((ref) => ref.id)])];
	const found = await Promise.all(ids.map((id) => getEntry('sources', id)));
	const sources = found.flatMap((source) => (source ? [{ id: source.id, date: source.data.date }] : []));
	const problem = newestReportProblem(entry.filePath ?? entry.id, entry.data.newestReport, sources);
	if (problem) throw new Error(problem);
	return entry.data.newestReport;
}
