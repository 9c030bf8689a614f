import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { isRedirectFile } from './page-redirects';
import { filesUnder } from '../files/files-under';
import { basePath } from '../../i18n/urls';

/**
 * Reading a finished build folder: used by the integrations that check and
 * annotate the output at `astro:build:done`, and by the tests.
 */

/** Whether a built file is HTML a reader can open: a page of the site or a redirect page (not one of Pagefind's files). */
export function isBuiltHtml(file: string): boolean {
	return file.endsWith('.html') && !file.startsWith('pagefind/');
}

/** Whether a built file is an HTML page of the site (not one of Pagefind's files, nor a redirect left at an old address). */
function isBuiltPage(file: string): boolean {
	return isBuiltHtml(file) && !isRedirectFile(file);
}

/** Every built HTML page, relative to the build folder. */
export function listBuiltPages(dir: string): string[] {
	return filesUnder(dir, '.html').filter(isBuiltPage);
}

/** An opening tag of a built page: its name and attributes (lower-case names, entities decoded). */
export interface BuiltTag {
	name: string;
	attributes: Record<string, string>;
}

/**
 * The opening tags of a built page, in document order. A tokenizer is enough
 * for what the build checks (links, ids, the CSP meta) and several times
 * faster than building a browser-grade tree, which counts on large sites.
 */
export function tagsOfBuiltPage(dir: string, file: string): BuiltTag[] {
	const tags: BuiltTag[] = [];
	const parser = new Parser(
		{ onopentag: (name, attributes) => tags.push({ name, attributes }) },
		{ decodeEntities: true },
	);
	parser.end(readFileSync(join(dir, file), 'utf8'));
	return tags;
}

/** The URL path a built file is served at, under the base: `en/agreement/index.html` → `/en/agreement/`. */
export function urlPathOfFile(file: string, base = '/'): string {
	return `${basePath(base)}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file (one of `files`, from `filesUnder`) that serves a URL path below the base, or undefined when none does. */
export function fileOfUrlPath(files: ReadonlySet<string>, pathBelowBase: string): string | undefined {
	let clean: string;
	try {
		clean = decodeURIComponent(pathBelowBase).replace(/^\/+/, '');
	} catch {
		return undefined;
	}
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((candidate) => files.has(candidate));
}
