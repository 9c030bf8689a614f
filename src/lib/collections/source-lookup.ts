import { getEntry } from 'astro:content';

/** A source as shown beside a claim, a figure or a map place: enough for a link. */
export interface SourceSummary {
	id: string;
	publisher: string;
	/** The headline; undefined when it is not known. */
	title: string | undefined;
	url: string;
}

/** Looks up one registry source; `where` names the file or data that cites it in the error. */
export async function sourceSummary(id: string, where: string | undefined): Promise<SourceSummary> {
	const entry = await getEntry('sources', id);
	if (!entry)
		throw new Error(
			`${where ?? 'unknown file'}: source "${id}" is not in src/content/sources.yaml. Add it there or fix the id.`,
		);
	const { title, publisher, url } = entry.data;
	return { id, title, publisher, url };
}

/** Looks up several registry sources at once, keyed by id. */
export async function sourceSummaries(ids: readonly string[], where: string): Promise<Record<string, SourceSummary>> {
	const unique = [...new Set(ids)];
	const found = await Promise.all(unique.map((id) => sourceSummary(id, where)));
	return Object.fromEntries(found.map((source) => [source.id, source]));
}
