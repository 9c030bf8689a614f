import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentFilesUnder } from './content-files';
import { splitMarkdown } from './frontmatter';
import { locales } from '../../i18n/locales';
import { localePath } from '../../i18n/urls';
import { basePath } from '../../i18n/urls';

/**
 * Maps each page URL (site-relative, without the base) to the content file it
 * is built from, by reading the `slug` in each file's frontmatter. Used to name
 * the file to fix when a check of the built output finds a problem; the
 * content collections, which validate everything, are not available there.
 */
export function contentFilesByPath(root: string): Map<string, string> {
	const byPath = new Map<string, string>();
	for (const collection of ['pages', 'commodities']) {
		for (const locale of locales) {
			const folder = join(root, 'src/content', collection, locale);
			for (const file of contentFilesUnder(folder).map((name) => join(folder, name))) {
				const slug = slugOf(file);
				if (slug !== undefined) byPath.set(localePath(locale, slug), relative(root, file).split(sep).join('/'));
			}
		}
	}
	return byPath;
}

function slugOf(file: string): string | undefined {
	try {
		const slug = splitMarkdown(readFileSync(file, 'utf8'), file).data['slug'];
		return typeof slug === 'string' ? slug : undefined;
	} catch {
		return undefined;
	}
}

let byPath: Map<string, string> | undefined;

/**
 * The content file a built page comes from, for messages from components
 * placed in MDX (`/sub/en/commodities/kratom/` → `src/content/commodities/en/kratom.mdx`);
 * the URL itself when no file matches.
 */
export function contentFileOfPage(pathname: string, base: string = import.meta.env.BASE_URL): string {
	byPath ??= contentFilesByPath(process.cwd());
	const prefix = basePath(base);
	const path = pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
	return byPath.get(path) ?? `the page ${pathname}`;
}
