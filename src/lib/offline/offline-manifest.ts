import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { getManifest } from 'workbox-build';
import type { Locale } from '../../i18n/locales';
import type { OfflineFile, OfflineManifest } from '../../offline/shared';
import { offlineWarningsMessage } from '../build-checks/offline-size';
import { HASHED_FILES, isPageFile, offlineGlobs, offlineUrlOf } from './offline-files';

const gzipAsync = promisify(gzip);

/** The most one file (a page, an image) may take in the offline copy. */
const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Makes a language's offline manifest from the files in the build folder:
 * Workbox's `getManifest` finds them by the globs of `offlineGlobs` and hashes
 * their content (the revision; none for `_astro/`, whose names carry a hash).
 * Each file also gets its download size (gzip), and each page its title for
 * the offline page's list. Files are sorted by URL so that two builds of the
 * same sources write the same manifest.
 */
export async function buildOfflineManifest(
	dir: string,
	locale: Locale,
	base: string,
	build: string,
): Promise<OfflineManifest> {
	const found: { url: string; revision: string | null; file: string }[] = [];
	const pageFiles: string[] = [];
	const { size, warnings } = await getManifest({
		globDirectory: dir,
		...offlineGlobs(locale),
		dontCacheBustURLsMatching: HASHED_FILES,
		// The largest file is Pagefind's WebAssembly (about 60 KB); anything far larger is a mistake.
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
		manifestTransforms: [
			(entries) => {
				for (const entry of entries) {
					found.push({ url: offlineUrlOf(entry.url, base, build), revision: entry.revision, file: entry.url });
					if (isPageFile(entry.url)) pageFiles.push(entry.url);
				}
				return { manifest: entries };
			},
		],
	});
	if (warnings.length > 0) throw new Error(offlineWarningsMessage(locale, warnings, MAX_FILE_BYTES));
	// Compressed on libuv's threads, side by side and beside this thread (at 1,000 pages a language has
	// 1,100 files: compressing them one after another held the build for 0.3 s).
	const files: OfflineFile[] = await Promise.all(
		found.map(async ({ url, revision, file }) => ({
			url,
			revision,
			size: (await gzipAsync(await readFile(join(dir, file)))).length,
		})),
	);
	files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const pages = pageFiles
		.map((file) => ({ url: offlineUrlOf(file, base, build), title: headingOf(join(dir, file)) }))
		.sort((a, b) => (a.url < b.url ? -1 : 1));
	return { build, locale, bytes: files.reduce((sum, file) => sum + file.size, 0), stored: size, pages, files };
}

/** The text of a built page's first `<h1>`, spaces collapsed. */
function headingOf(path: string): string {
	let depth = 0;
	let done = false;
	let text = '';
	const parser = new Parser(
		{
			onopentag: (name) => {
				if (!done && (depth > 0 || name === 'h1')) depth++;
			},
			ontext: (chunk) => {
				if (depth > 0) text += chunk;
			},
			onclosetag: () => {
				if (depth > 0 && --depth === 0) done = true;
			},
		},
		{ decodeEntities: true },
	);
	// Only the page up to its first heading's end: the rest (the article) cannot change the heading.
	const html = readFileSync(path, 'utf8');
	const end = html.indexOf('</h1>');
	parser.end(end === -1 ? html : html.slice(0, end + '</h1>'.length));
	const heading = text.replace(/\s+/g, ' ').trim();
	if (!heading) throw new Error(`${path}: no <h1>, which the offline page lists saved pages by.`);
	return heading;
}
