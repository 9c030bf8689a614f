import { isMdxFile } from '../schemas/content-files';

/** What the check needs of a content entry: where it lives, and its HTML when Markdown rendering succeeded. */
export interface RenderCandidate {
	id: string;
	filePath?: string | undefined;
	rendered?: { html: string } | undefined;
}

/**
 * Stops the build when a content file's Markdown could not be rendered. Astro's
 * glob loader only logs such errors (for example an unknown source id in a
 * citation, or an image without alt text) and stores the entry without HTML,
 * so the page would be published empty. Names every such file. MDX files are
 * not rendered by the loader but compiled as modules by the build, where the
 * same plugins run and an error stops the build naming the file: they need no
 * HTML here.
 */
export function assertRendered<T extends RenderCandidate>(entries: readonly T[]): readonly T[] {
	const failed = entries
		.filter((entry) => entry.rendered === undefined && !isMdxFile(entry.filePath ?? ''))
		.map((entry) => `  ${entry.filePath ?? entry.id}`);
	if (failed.length > 0) {
		throw new Error(
			`These content files could not be rendered, so their pages would be empty:\n${failed.join('\n')}\nThe reason for each is logged above ("Error rendering …"). Fix it and build again.`,
		);
	}
	return entries;
}
