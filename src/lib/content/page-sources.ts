import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { RoutedEntry } from './routes';

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
