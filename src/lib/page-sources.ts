import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { RoutedEntry } from './routes';

/**
 * The sources of a page, in the order it first cites them, followed by
 * sources listed in frontmatter that no footnote cites.
 */
export async function pageSources(entry: RoutedEntry, cited: readonly string[]): Promise<CollectionEntry<'sources'>[]> {
	const extra = entry.data.sources.map((ref) => ref.id).filter((id) => !cited.includes(id));
	const ids = [...cited, ...extra];
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
