import { filesUnder } from '../files/files-under';

/**
 * The file extensions of page content, in one place: plain Markdown (`.md`, the
 * fast path) and MDX (`.mdx`, for a page that places a content component).
 * Every check, script and test that lists, strips or matches content file names
 * takes them from here.
 */
export const CONTENT_EXTENSIONS = ['.md', '.mdx'] as const;

/** One content file extension. */
export type ContentExtension = (typeof CONTENT_EXTENSIONS)[number];

/** The glob of a translated collection's files: `{id,en}/**\/*.{md,mdx}`. */
export const CONTENT_GLOB = `{id,en}/**/*.{${CONTENT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** Matches a content extension at the end of a name (longest first, so `.mdx` is not read as `.md` + `x`). */
const EXTENSION_AT_END = new RegExp(
	`(?:${[...CONTENT_EXTENSIONS]
		.sort((a, b) => b.length - a.length)
		.map((extension) => extension.replace('.', '\\.'))
		.join('|')})$`,
);

/** Whether a file name is page content (`agreement.md`, `kratom.mdx`). */
export function isContentFile(name: string): boolean {
	return EXTENSION_AT_END.test(name);
}

/** A content file name without its extension (`id/kratom.mdx` → `id/kratom`); other names unchanged. */
export function stripContentExtension(name: string): string {
	return name.replace(EXTENSION_AT_END, '');
}

/** Whether a content file is MDX (it may place components; it is compiled, not only rendered). */
export function isMdxFile(name: string): boolean {
	return name.endsWith('.mdx');
}

/** The content files under a folder (relative paths with `/`, sorted), of every content extension. */
export function contentFilesUnder(folder: string): string[] {
	return filesUnder(folder).filter(isContentFile);
}

/** The translation keys under a folder: its content file names without extension. */
export function contentKeysUnder(folder: string): string[] {
	return contentFilesUnder(folder).map(stripContentExtension);
}

/**
 * The file of a translation key in a folder, whichever extension it has; the
 * `.md` name when none exists yet. Throws when both `key.md` and `key.mdx`
 * exist: one page, one file. A caller looking up every key of a folder passes
 * the folder's `files` once: listing it again per key made the build's
 * translation check quadratic in the number of pages (0.6 s at 300 pages).
 */
export function contentFileOf(
	folder: string,
	key: string,
	files: readonly string[] = contentFilesUnder(folder),
): string {
	const found = files.filter((file) => stripContentExtension(file) === key);
	if (found.length > 1)
		throw new Error(`${folder}: ${found.join(' and ')} are one page written twice. Keep one of them.`);
	return found[0] ?? `${key}${CONTENT_EXTENSIONS[0]}`;
}
