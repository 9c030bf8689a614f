import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The fields of a registry source that a citation shows. */
export interface RegistrySource {
	id: string;
	title: string;
	publisher: string;
	url: string;
	date?: string;
	kind: 'official' | 'news' | 'advertorial' | 'reference';
}

/**
 * Reads the citation registry (`src/content/sources.yaml`) into a map by id.
 * The content collection validates every field; this reader is for the Markdown
 * plugins, which run before collections are available, so it only checks what
 * a citation needs and names the file when the YAML is not a list.
 */
export function readSourceRegistry(path: string): Map<string, RegistrySource> {
	const data: unknown = parse(readFileSync(path, 'utf8'));
	if (!Array.isArray(data)) throw new Error(`${path}: expected a YAML list of sources (lines starting with "- id:").`);
	const registry = new Map<string, RegistrySource>();
	for (const item of data as RegistrySource[]) {
		if (typeof item?.id !== 'string') throw new Error(`${path}: every source needs an "id".`);
		// "undated" says the page shows no date: a citation then reads as undated (the schema does the same).
		const { date, ...undated } = item;
		registry.set(item.id, date === 'undated' ? undated : item);
	}
	return registry;
}
