/** The frontmatter and body a draft check needs of a content entry. */
export interface DraftCandidate {
	id: string;
	collection: string;
	filePath?: string | undefined;
	body?: string | undefined;
	data: { draft: boolean };
}

/**
 * Whether a page body has text for readers once comments are removed: new
 * pages start with only an HTML comment (`<!-- … -->`) telling the editor what
 * to write; in MDX a comment is a JavaScript block comment in braces.
 */
export function hasWrittenBody(body: string | undefined): boolean {
	const text = (body ?? '').replace(/<!--[\s\S]*?-->/g, '').replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '');
	return text.trim().length > 0;
}

/**
 * Leaves out drafts (`draft: true`) and stops the build, naming the file and
 * the fix, when a published page has no text or its translation is still a
 * draft: half a pair must never reach readers.
 */
export function publishedEntries<T extends DraftCandidate>(entries: readonly T[]): T[] {
	const problems: string[] = [];
	const pairKey = (entry: T) => `${entry.collection}/${entry.id.split('/').slice(1).join('/')}`;
	const drafts = new Set(entries.filter((entry) => entry.data.draft).map(pairKey));
	const published = entries.filter((entry) => !entry.data.draft);
	for (const entry of published) {
		const where = entry.filePath ?? entry.id;
		if (!hasWrittenBody(entry.body)) {
			problems.push(
				`  ${where}: the page has no text yet. Write it below the frontmatter (the <!-- … --> comment is not shown to readers; delete it once the page is written), or set "draft: true" to keep it unpublished.`,
			);
		}
		if (drafts.has(pairKey(entry))) {
			problems.push(
				`  ${where}: its translation is still a draft. Finish the translation and remove "draft: true" from it, or set "draft: true" here too.`,
			);
		}
	}
	if (problems.length > 0) throw new Error(`Some pages cannot be published:\n${problems.join('\n')}`);
	return published;
}
