/**
 * Matches the page's sources sections as they are rendered: the footnotes (`<section data-footnotes …>`,
 * written by remark-rehype) and the list of sources consulted (`<section class="source-list" …>`).
 * Neither holds a nested `<section>`, so the first `</section>` closes each.
 */
const SOURCES_SECTION = /<section\b[^>]*(?:\bdata-footnotes\b|class="source-list")[^>]*>[\s\S]*?<\/section>/g;

/** An external link's opening tag up to its address: `<a class="x" href="https://…"`. */
const EXTERNAL_LINK = /<a\b([^>]*?)\shref="(https?:\/\/[^"]+)"/g;

/** The attribute that marks a link whose address the printed page gives elsewhere (see global.css, print). */
const CITED_ATTRIBUTE = 'data-cited';

/** The same address however the renderer escaped its `&` (Astro writes `&amp;`, remark-rehype `&#x26;`). */
function normalise(href: string): string {
	return href.replace(/&(?:amp|#x26|#38);/g, '&');
}

/**
 * Marks the external links of a rendered article whose address is printed elsewhere on the page, so that
 * on paper each source's address appears once: in the sources sections (footnotes, sources consulted),
 * or, for a link to a source those sections do not list, at its first mention. A marked link keeps its
 * text and works on screen; the print stylesheet only leaves out its `(https://…)`.
 */
export function markCitedLinks(html: string): string {
	const sections: [number, number][] = [];
	const listed = new Set<string>();
	for (const match of html.matchAll(SOURCES_SECTION)) {
		sections.push([match.index, match.index + match[0].length]);
		for (const [, , href] of match[0].matchAll(EXTERNAL_LINK)) if (href) listed.add(normalise(href));
	}
	const inSection = (index: number): boolean => sections.some(([start, end]) => index >= start && index < end);
	const seen = new Set<string>();
	return html.replace(EXTERNAL_LINK, (tag: string, attributes: string, href: string, index: number) => {
		if (inSection(index)) return tag;
		const address = normalise(href);
		const printedElsewhere = listed.has(address) || seen.has(address);
		seen.add(address);
		return printedElsewhere ? `<a ${CITED_ATTRIBUTE}${attributes} href="${href}"` : tag;
	});
}
