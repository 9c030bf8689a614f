import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { parse } from 'yaml';
import { contentFileOf, contentKeysUnder } from '../../src/lib/schemas/content-files';
import { splitMarkdown } from '../../src/lib/schemas/frontmatter';
import { localePath } from '../../src/i18n/urls';
import { locales, type Locale } from '../../src/i18n/locales';

/** The content folder the site is built from. */
export const contentDir: string = join(process.cwd(), 'src', 'content');

/** The two page-producing collections and their languages. */
export const routedCollections = ['pages', 'commodities'] as const;

/** One content entry (`.md` or `.mdx`) as written: its collection, translation key, language and URL path. */
export interface ContentFile {
	collection: (typeof routedCollections)[number];
	key: string;
	locale: Locale;
	file: string;
	/** Site-relative path without the base, e.g. `/en/glossary/`. */
	path: string;
}

/** The translation keys (file names without `.md` or `.mdx`) of one collection folder; none when it does not exist yet. */
export function keysIn(collection: ContentFile['collection'], locale: Locale): string[] {
	return contentKeysUnder(join(contentDir, collection, locale));
}

/** Reads the frontmatter of a Markdown file as Astro does; throws naming the file when it has none. */
export function frontmatterOf(file: string): Record<string, unknown> {
	return splitMarkdown(readFileSync(file, 'utf8'), file).data;
}

let entries: ContentFile[] | undefined;

/** Every Markdown entry of the page-producing collections, with the path it is built at (read once per test file). */
export function contentFiles(): ContentFile[] {
	entries ??= routedCollections.flatMap((collection) =>
		locales.flatMap((locale) =>
			keysIn(collection, locale).map((key) => {
				const file = join(contentDir, collection, locale, contentFileOf(join(contentDir, collection, locale), key));
				const slug = String(frontmatterOf(file)['slug'] ?? '');
				return { collection, key, locale, file, path: localePath(locale, slug) };
			}),
		),
	);
	return entries;
}

/** The site-relative path of a page by translation key and language (e.g. `glossary`, `en` → `/en/glossary/`). */
export function pathOfKey(key: string, locale: Locale): string {
	const found = contentFiles().find(
		(entry) => entry.collection === 'pages' && entry.key === key && entry.locale === locale,
	);
	if (!found)
		throw new Error(`No page "${key}" in ${locale}: expected src/content/pages/${locale}/${key}.md (or .mdx).`);
	return found.path;
}

/** Reads a YAML list from `src/content/` (the registry, glossary, timeline). */
export function readContentYaml<T>(name: string): T[] {
	const data: unknown = parse(readFileSync(join(contentDir, name), 'utf8'));
	if (!Array.isArray(data)) throw new Error(`src/content/${name}: expected a YAML list.`);
	return data as T[];
}

/** A registry source as the tests need it. */
export interface RegistryEntry {
	id: string;
	/** The headline; absent when it is not known (the site then names the publisher). */
	title?: string;
	publisher: string;
	url: string;
	/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `undated`. */
	date: string;
}

/** The anchor id of a registry source cited by a timeline or glossary link (`…#registry-<id>`), if any. */
export function registryIdOfHref(href: string): string | undefined {
	return /#registry-([a-z0-9-]+)$/.exec(href)?.[1];
}

/**
 * Headings of `<main>` that open an empty section: a heading followed directly
 * by another heading of the same or a higher level, or by nothing at all.
 * Returns the headings' texts so a failure names them.
 */
export function emptySections($: CheerioAPI): string[] {
	type Token = { kind: 'heading'; level: number; text: string } | { kind: 'content' };
	const tokens: Token[] = [];
	const walk = (nodes: ReturnType<CheerioAPI>): void => {
		nodes.contents().each((_, node) => {
			if (node.type === 'text') {
				if (node.data.trim() !== '' && tokens.at(-1)?.kind !== 'content') tokens.push({ kind: 'content' });
				return;
			}
			if (node.type !== 'tag' || ['script', 'style', 'template'].includes(node.name)) return;
			const heading = /^h([1-6])$/.exec(node.name);
			if (heading?.[1]) tokens.push({ kind: 'heading', level: Number(heading[1]), text: $(node).text().trim() });
			else if (['img', 'svg', 'video', 'iframe'].includes(node.name)) tokens.push({ kind: 'content' });
			else walk($(node));
		});
	};
	walk($('main'));
	return tokens.flatMap((token, index) => {
		if (token.kind !== 'heading') return [];
		const next = tokens[index + 1];
		const empty = next === undefined || (next.kind === 'heading' && next.level <= token.level);
		return empty ? [token.text] : [];
	});
}

/** Placeholder text that must never reach a reader. */
const PLACEHOLDERS: readonly RegExp[] = [
	/lorem ipsum/i,
	/coming soon/i,
	/segera hadir/i,
	/\bTODO\b/,
	/\bTBD\b/,
	/\bXXX\b/,
	/\bFIXME\b/,
];

/** The placeholder phrases found in the text of `<main>`. */
export function placeholdersIn($: CheerioAPI): string[] {
	// Join text nodes with spaces: built HTML has no whitespace between tags, so `.text()` would glue words together.
	const text = $('main')
		.find('*')
		.addBack()
		.contents()
		.filter((_, node) => node.type === 'text')
		.map((_, node) => $(node).text())
		.get()
		.join(' ');
	return PLACEHOLDERS.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
}
