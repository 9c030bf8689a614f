import { parseFrontmatter } from '@astrojs/markdown-remark';

/** A Markdown file taken apart: its frontmatter as data and as written, and its body. */
export interface MarkdownParts {
	/** The frontmatter as Astro's content layer reads it (YAML; dates become `Date`). */
	data: Record<string, unknown>;
	/** The YAML between the two `---` lines, as written. */
	yaml: string;
	/** Everything after the closing `---` line. */
	body: string;
}

/**
 * Splits a Markdown file with Astro's own frontmatter parser, so every script,
 * check and test reads a page as the content layer does. Throws naming the
 * file when it does not start with frontmatter, or when that is not a list of
 * `field: value` lines.
 */
export function splitMarkdown(text: string, path = 'file'): MarkdownParts {
	const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text);
	if (rawFrontmatter === '') throw new Error(`${path}: the file must start with frontmatter between two "---" lines.`);
	if (Array.isArray(frontmatter) || Object.keys(frontmatter).length === 0)
		throw new Error(`${path}: the frontmatter must be "field: value" lines.`);
	return {
		data: frontmatter,
		yaml: rawFrontmatter.replace(/^\r?\n/, '').replace(/\r?\n$/, ''),
		body: content.replace(/^[ \t]*\r?\n/, ''),
	};
}
