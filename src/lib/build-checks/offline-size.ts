import { statSync } from 'node:fs';
import { join } from 'node:path';
import { localeInfo, type Locale } from '../../i18n/locales';
import { contentFilesByPath } from '../schemas/content-pages';
import { filesUnder } from '../files/files-under';
import { urlPathOfFile } from './built-site';

/**
 * Editors' words for "the offline copy is too big": which content file makes
 * which page large, and the limit as a reader's phone sees it. The offline
 * integration (`src/integrations/offline.ts`) and the offline manifest call
 * these instead of reporting sizes of built files.
 */

const KB = 1024;
const MB = 1024 * 1024;

function size(bytes: number): string {
	return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${Math.round(bytes / KB)} KB`;
}

/** The content file a built page comes from, or the page's path when none does (a generated page). */
function contentFileOf(file: string, root: string): string {
	const path = urlPathOfFile(file);
	return contentFilesByPath(root).get(path) ?? `the page ${path}`;
}

/**
 * The message when a language's offline copy is over its limit: the limit in
 * editor terms and the largest pages, by content file.
 */
export function offlineBudgetMessage(options: {
	dir: string;
	locale: Locale;
	stored: number;
	budget: number;
	root?: string;
}): string {
	const { dir, locale, stored, budget, root = process.cwd() } = options;
	const pages = filesUnder(dir, 'index.html')
		.filter((file) => (locale === 'en') === file.startsWith('en/'))
		.map((file) => ({ file, bytes: statSync(join(dir, file)).size }))
		.sort((a, b) => b.bytes - a.bytes)
		.slice(0, 3);
	return [
		`The ${localeInfo[locale].name} offline copy (every page of the language, which a reader saves to read without a signal) would take ${size(stored)} on the reader's phone; the limit is ${size(budget)}.`,
		'The largest pages:',
		...pages.map(({ file, bytes }) => {
			const path = urlPathOfFile(file);
			const source = contentFilesByPath(root).get(path);
			return source
				? `  ${source} (${path}, ${size(bytes)})`
				: `  ${path} (${size(bytes)}, made by the site, not a content file)`;
		}),
		'Shorten the largest page or split it into two pages; move a long table into a chart (src/content/charts.yaml) or open data; keep each image under 200 KB.',
	].join('\n');
}

/** Workbox's warning for one file over the per-file limit: "<file> is 1.2 MB, and won't be precached…". */
const TOO_BIG = /^(\S+) is ([\d.]+ ?[kKmM]?B), and won't be precached/;

/**
 * Rewrites Workbox's warnings about files too big to save offline: a page is
 * named by its content file with the limit per page; other warnings are kept.
 */
export function offlineWarningsMessage(
	locale: Locale,
	warnings: readonly string[],
	limit: number,
	root = process.cwd(),
): string {
	return warnings
		.map((warning) => {
			const [, file, shown] = TOO_BIG.exec(warning) ?? [];
			if (!file?.endsWith('index.html')) return warning;
			return `${contentFileOf(file, root)}: the page ${urlPathOfFile(file)} is ${shown}, over the ${size(limit)} one page may take in the ${localeInfo[locale].name} offline copy, so readers could not save it. Shorten the page or split it into two pages; move a long table into a chart or open data.`;
		})
		.join('\n');
}
