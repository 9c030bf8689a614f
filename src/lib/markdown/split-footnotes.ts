/** A rendered body cut in two: the prose, and the footnote section that Markdown puts at its end. */
export interface SplitBody {
	prose: string;
	/** The `<section data-footnotes>` element and what follows it; empty when the body has no notes. */
	footnotes: string;
}

/** Matches the footnote section's opening tag as remark-rehype writes it (`<section data-footnotes …`). */
const FOOTNOTES_OPEN = /<section\b[^>]*\bdata-footnotes\b/;

/**
 * Cuts rendered Markdown before its footnote section, so a page can put its own template
 * (map, search, directory, …) between the prose and the notes: a reader meets the content
 * before "Sources and notes". remark-rehype always appends the section last, and the
 * attribute is never written by the prose itself (Markdown escapes `<` in text).
 */
export function splitFootnotes(html: string): SplitBody {
	const match = FOOTNOTES_OPEN.exec(html);
	if (!match) return { prose: html, footnotes: '' };
	return { prose: html.slice(0, match.index), footnotes: html.slice(match.index) };
}
