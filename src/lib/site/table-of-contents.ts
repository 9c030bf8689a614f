/** One link of the "On this page" list. */
export interface TocEntry {
	depth: number;
	slug: string;
	text: string;
}

/**
 * About three screens of a 360 px phone, in characters of Markdown: a screen holds about
 * 1,100 characters of text, and a body's Markdown adds link addresses and footnote definitions.
 */
const LONG_PAGE_CHARS = 5000;

/** Templates whose section is long by itself (dozens of terms or events). */
const LONG_TEMPLATES = new Set([
	'glossary',
	'timeline',
	'updates',
	'sources',
	'commodities',
	'map',
	'open-data',
	'tracker',
]);

/**
 * The "On this page" list of a page: its `##` sections (and `###` under them when there are few
 * `##`), then the template's own section, when the page is longer than about three phone screens
 * and has at least three places to jump to. Footnote headings are not sections.
 */
export function tableOfContents(options: {
	headings: readonly TocEntry[];
	/** Length of the page's Markdown body, footnote definitions included (a rough measure). */
	bodyChars: number;
	template: string;
	/** The template's own heading, listed after the prose's headings. */
	templateHeading?: TocEntry | undefined;
	/** A template's own sections when it has several (the tracker's commitments), listed after the prose's headings. */
	templateSections?: readonly TocEntry[] | undefined;
}): TocEntry[] {
	const sections = options.headings.filter((heading) => heading.depth === 2 && heading.slug !== 'footnote-label');
	const withSubsections =
		sections.length < 3
			? options.headings.filter((heading) => heading.depth <= 3 && heading.slug !== 'footnote-label')
			: sections;
	const entries = [
		...withSubsections,
		...(options.templateHeading ? [options.templateHeading] : []),
		...(options.templateSections ?? []),
	];
	const long = options.bodyChars > LONG_PAGE_CHARS || LONG_TEMPLATES.has(options.template);
	return long && entries.length >= 3 ? entries : [];
}
