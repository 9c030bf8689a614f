import { Parser } from 'htmlparser2';
import { searchFilterGroups, type PageSearchFields } from './search-fields-file';

/**
 * The fields a page tells Pagefind beyond its text, given to the indexer only:
 * the Pagefind integration adds them to each page's HTML as it indexes it, and
 * the deployed pages carry none of them (they cost every reader about 0.2 KB
 * gzip and no reader sees them).
 */

/** Escapes a value for a double-quoted HTML attribute. */
const attribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The hidden block Pagefind reads a page's fields from: the `topic` and
 * `keywords` metadata and one element per filter value (Pagefind reads one
 * inline value per attribute). The elements are empty and the block hidden,
 * so nothing of it becomes indexed text. The only maker of this markup.
 */
function searchFieldsMarkup(fields: PageSearchFields): string {
	const spans = [
		`<span data-pagefind-meta="${attribute(`topic:${fields.topic}`)}"></span>`,
		...(fields.keywords.length > 0
			? [`<span data-pagefind-meta="${attribute(`keywords:${fields.keywords.join(', ')}`)}"></span>`]
			: []),
		...searchFilterGroups.flatMap((group) =>
			fields.filters[group].map((value) => `<span data-pagefind-filter="${attribute(`${group}:${value}`)}"></span>`),
		),
	];
	return `<div class="search-fields" hidden>${spans.join('')}</div>`;
}

/** Where each element with `data-pagefind-body` opens: the index just after its opening tag. */
export function indexedBodyStarts(html: string): number[] {
	const starts: number[] = [];
	const parser = new Parser({
		onopentag: (_name, attributes) => {
			if ('data-pagefind-body' in attributes) starts.push(parser.endIndex + 1);
		},
	});
	parser.end(html);
	return starts;
}

/**
 * A built page's HTML as Pagefind should index it: the fields block added as
 * the first child of the one element with `data-pagefind-body`. Throws naming
 * `file` when the page has no such element or more than one.
 */
export function withSearchFields(html: string, fields: PageSearchFields, file: string): string {
	const starts = indexedBodyStarts(html);
	const [at, ...more] = starts;
	if (at === undefined || more.length > 0) {
		throw new Error(
			`${file} has ${starts.length} elements with data-pagefind-body; the search fields go into exactly one: keep one data-pagefind-body in the page's layout.`,
		);
	}
	return `${html.slice(0, at)}${searchFieldsMarkup(fields)}${html.slice(at)}`;
}
