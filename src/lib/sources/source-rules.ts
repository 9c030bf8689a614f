import { z } from 'astro/zod';
import { sourceKinds } from '../schemas/content-enums';
import { PARTIAL_DATE } from '../schemas/field-schemas';

/**
 * The rules of the citation registry (`src/content/sources.yaml`), in one
 * place: the `sources` collection validates each entry with `sourceSchema`,
 * and the citation plugin's registry reader runs the same schema on every
 * entry plus the rules that need the whole list (`registryProblems`). This
 * module imports nothing from Astro's runtime, so the Markdown plugins (which
 * run before collections exist) and the editor scripts can use it too.
 */

export { sourceKinds };
export type SourceKind = (typeof sourceKinds)[number];

export { PARTIAL_DATE };

/** The value of `date` when a page shows no date and reports no dated event. */
export const UNDATED = 'undated';

const DATE_FIX =
	'Write the publication date as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (e.g. "2025-08-07"); when the page shows none, the date of the event it reports with "dateFrom: event"; or "undated" when there is neither.';

/**
 * A query that names one post of a site whose path is only `/`: WordPress'
 * short links (`https://iknpos.id/?p=45232`). Any other query on a root path
 * (`https://setkab.go.id/?lang=en`) still leads to the home page.
 */
const POST_QUERY = /^\?(p|page_id)=\d+$/;

function pathSegments(url: URL): string[] {
	return url.pathname.split('/').filter(Boolean);
}

/** The names a site gives its home page's own file or folder: `/index.php`, `/index.html`, `/beranda`, `/home`. */
const HOME_PAGE_NAMES = /^(index|default|home|beranda)(\.(php|html?|aspx?|jsp))?$/i;

/** A query that picks one article out of a site's front script. */
const ARTICLE_QUERY = /[?&](p|page_id|id|option|view)=/;

/** A language folder at the start of a path: `/id/`, `/en/`, `/en-us/`. */
const LANGUAGE_FOLDER = /^[a-z]{2}([-_][a-z]{2})?$/i;

/**
 * True when a URL is a site's home page: no path beyond `/` (a query string
 * does not count, except `?p=<number>`), a bare language folder (`/en/`), or
 * the home page's own name (`/index.php`, `/index.html`, `/beranda`, `/home`,
 * also inside a language folder: `/en/home`).
 */
export function isSiteRoot(address: string): boolean {
	const url = new URL(address);
	const segments = pathSegments(url);
	if (segments.length > 0 && LANGUAGE_FOLDER.test(segments[0] ?? '')) segments.shift();
	if (segments.length === 1 && HOME_PAGE_NAMES.test(segments[0] ?? '')) {
		// `index.php?option=com_content&id=12` (Joomla) or `?p=12` is an article served by the home page's script.
		if (ARTICLE_QUERY.test(url.search)) return false;
		segments.shift();
	}
	return segments.length === 0 && !POST_QUERY.test(url.search);
}

/** A path segment made of words: letters or digits joined by "-", with at least one letter. */
const WORDY_SEGMENT = /[\p{L}][\p{L}\d]*-|-[\p{L}\d]*[\p{L}]/u;

/**
 * The URL slug that stands in for an unknown headline: the last path segment
 * that is made of words, without the query (`…/kaltim-dan-kaltara-jalin-kerja-sama/` →
 * `kaltim-dan-kaltara-jalin-kerja-sama`; `…/cegah-kegiatan-ilegal/68186/16` →
 * `cegah-kegiatan-ilegal`, since trailing numbers say nothing to a reader);
 * the last segment when none is. A WordPress short link has no path, so its
 * slug is its query (`?p=45232`). Undefined for a site's home page.
 */
export function urlSlug(address: string): string | undefined {
	const url = new URL(address);
	const segments = pathSegments(url);
	if (segments.length > 0) return segments.findLast((segment) => WORDY_SEGMENT.test(segment)) ?? segments.at(-1);
	return POST_QUERY.test(url.search) ? url.search : undefined;
}

/** Lowercase words or digits joined by "-" (three or more), with an optional file ending: how a slug looks, never a headline. */
const SLUG_LIKE = /^[\p{Ll}\d]+(-[\p{Ll}\d]+){2,}(\.[a-z]+)?$/u;

/**
 * True when a title is not a headline but part of the article's address: its
 * slug (`urlSlug`), a path segment made of words or digits, its query (`?p=27549`), or
 * lowercase words joined by "-" as slugs are written. A reader cannot
 * recognise an article by its address, so such a title is never shown.
 */
export function isSlugTitle(title: string, address: string): boolean {
	const url = new URL(address);
	// File names such as "LICENSE.md" name a document as its site shows it; words joined by "-" and bare numbers do not.
	const segments = pathSegments(url)
		.map((segment) => decodeURIComponent(segment))
		.filter((segment) => WORDY_SEGMENT.test(segment) || /^\d+$/.test(segment));
	const parts = [urlSlug(address), url.search, ...segments];
	return parts.includes(title) || SLUG_LIKE.test(title) || /^\?\w+=/.test(title);
}

/** One entry of the citation registry. */
export const sourceSchema = z
	.object({
		id: z
			.string()
			.regex(
				/^[a-z0-9]+(-[a-z0-9]+)*$/,
				'Use lowercase words and digits joined by "-": publisher, topic, date, e.g. "kompas-mentarang-2023-03-01".',
			),
		/** The headline as published, verbatim; left out when it is not known (never the URL's slug). */
		title: z.string().min(1).optional(),
		/** Retired: a slug is no longer written as a title. Kept in the schema only to name the fix. */
		titleFrom: z
			.undefined({
				error:
					'"titleFrom" is no longer used: the site never shows a URL slug as a title. Remove "titleFrom", and remove "title" too unless it is the real headline (a source without a headline is shown by publisher, date and a "read the article" link).',
			})
			.optional(),
		publisher: z.string().min(1),
		url: z.url({ error: 'Write the full address of the article, starting with https://.' }),
		/** The publication date; with `dateFrom: event`, the date of the event reported; or `undated`. */
		date: z
			.string({
				error: (issue) =>
					issue.input === undefined
						? `The date is missing. ${DATE_FIX}`
						: `The date must be quoted text, e.g. "2025-08-07". ${DATE_FIX}`,
			})
			.refine((value) => value === UNDATED || PARTIAL_DATE.test(value), {
				error: (issue) => `"${String(issue.input)}" is not a date. ${DATE_FIX}`,
			}),
		/** `event`: the page shows no publication date, so `date` is the date of the event it reports. */
		dateFrom: z
			.literal('event', {
				error:
					'The only value of "dateFrom" is "event" (the date is the date of the event reported); leave it out when the date is the publication date.',
			})
			.optional(),
		kind: z.enum(sourceKinds),
		note: z.object({ id: z.string().min(1), en: z.string().min(1) }).optional(),
	})
	.strict()
	.superRefine((source, ctx) => {
		const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		if (URL.canParse(source.url) && isSiteRoot(source.url)) {
			problem(
				'url',
				`"${source.url}" is a site's home page, not the article. Link the article itself (its full address as the browser shows it); if it cannot be found, remove the source and rewrite or remove the sentences that cite it.`,
			);
		}
		if (source.title?.startsWith('[')) {
			problem(
				'title',
				`"${source.title}" is a description in brackets, not the source's headline. Write the headline as published; if it is not known, remove "title" (the site then shows publisher, date and a "read the article" link).`,
			);
		} else if (source.title !== undefined && URL.canParse(source.url) && isSlugTitle(source.title, source.url)) {
			problem(
				'title',
				`"${source.title}" is the article's address (its URL slug), not its headline. Write the headline as published; if it is not known, remove "title" (the site then shows publisher, date and a "read the article" link).`,
			);
		}
		if (source.dateFrom === 'event' && source.date === UNDATED) {
			problem(
				'dateFrom',
				'"dateFrom: event" needs the date of the event, but the date is "undated". Write the event\'s date, or remove "dateFrom".',
			);
		}
	});

/** A registry entry as the schema returns it. */
export type RegistrySource = z.infer<typeof sourceSchema>;

/** The same article under small differences of address: protocol, `www.`, a trailing slash, a fragment. */
function comparableUrl(address: string): string {
	if (!URL.canParse(address)) return address;
	const url = new URL(address);
	return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/**
 * Every problem of the registry as one line each, naming the entry id, the
 * field and the fix: the schema's rules for each entry, then the rules across
 * entries (one id per entry, one entry per article). Empty when all is well.
 */
export function registryProblems(entries: readonly unknown[]): string[] {
	const problems: string[] = [];
	const ids = new Map<string, number>();
	const urls = new Map<string, string>();
	entries.forEach((entry, index) => {
		const rawId = (entry as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' ? rawId : `entry ${index + 1}`;
		const result = sourceSchema.safeParse(entry);
		if (!result.success) {
			for (const issue of result.error.issues)
				problems.push(`source "${id}", ${issue.path.length ? issue.path.join('.') : 'entry'}: ${issue.message}`);
		}
		if (typeof rawId !== 'string') return;
		if (ids.has(rawId))
			problems.push(
				`source "${rawId}", id: entries ${(ids.get(rawId) ?? 0) + 1} and ${index + 1} share this id. Give one of them another id.`,
			);
		else ids.set(rawId, index);
		const address = (entry as { url?: unknown }).url;
		if (typeof address !== 'string') return;
		const key = comparableUrl(address);
		const other = urls.get(key);
		if (other !== undefined)
			problems.push(
				`source "${rawId}", url: "${address}" is also the url of "${other}". One article, one entry: keep "${other}", cite it instead of "${rawId}" and remove "${rawId}".`,
			);
		else urls.set(key, rawId);
	});
	return problems;
}
