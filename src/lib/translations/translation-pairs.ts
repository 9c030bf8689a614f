import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';
import { contentFileOf, contentFilesUnder, stripContentExtension } from '../schemas/content-files';
import type { PagePair } from './translation-freshness';

/** The collections whose pages come in two languages. */
const TRANSLATED_COLLECTIONS = ['pages', 'commodities'] as const;

/**
 * Reads every page pair under a content folder (`src/content` or a fixture):
 * `<collection>/{id,en}/<key>.md` (or `.mdx`), paired by file name. Paths in the result
 * are relative to `cwd` so messages name files the way editors see them.
 */
export function readPagePairs(contentDir: string, cwd: string = process.cwd()): PagePair[] {
	const pairs = new Map<string, PagePair>();
	for (const collection of TRANSLATED_COLLECTIONS) {
		for (const locale of locales) {
			const folder = join(contentDir, collection, locale);
			const files = contentFilesUnder(folder);
			for (const key of new Set(files.map(stripContentExtension))) {
				const path = join(folder, contentFileOf(folder, key, files));
				const pair = pairs.get(`${collection}/${key}`) ?? { collection, key, files: {} };
				pair.files[locale as Locale] = { path: relative(cwd, path), text: readFileSync(path, 'utf8') };
				pairs.set(`${collection}/${key}`, pair);
			}
		}
	}
	return [...pairs.values()].sort((a, b) => `${a.collection}/${a.key}`.localeCompare(`${b.collection}/${b.key}`));
}

/**
 * Finds the pairs an editor named: a translation key (`agreement`), a key with
 * its collection (`commodities/kratom`) or a file path. Throws listing close
 * matches when nothing fits, and when a bare key is ambiguous.
 */
export function findPairs(pairs: readonly PagePair[], name: string): PagePair {
	const clean = stripContentExtension(name.replace(/\\/g, '/')).replace(/^.*?src\/content\//, '');
	const fromPath = /^(pages|commodities)\/(?:id|en)\/(.+)$/.exec(clean);
	const [collection, key] = fromPath
		? [fromPath[1], fromPath[2]]
		: clean.includes('/') && /^(pages|commodities)\//.test(clean)
			? [clean.split('/')[0], clean.split('/').slice(1).join('/')]
			: [undefined, clean];
	const matches = pairs.filter((pair) => pair.key === key && (!collection || pair.collection === collection));
	if (matches.length === 1) return matches[0] as PagePair;
	if (matches.length > 1)
		throw new Error(
			`"${name}" names more than one page: ${matches.map((pair) => `${pair.collection}/${pair.key}`).join(', ')}. Write the collection too, e.g. "${matches[0]?.collection}/${key}".`,
		);
	const similar = pairs
		.filter((pair) => pair.key.includes(key ?? '') || (key ?? '').includes(pair.key))
		.map((pair) => `${pair.collection}/${pair.key}`);
	throw new Error(
		`No page "${name}". ${similar.length ? `Did you mean ${similar.join(', ')}?` : 'Run "npm run translations" to see every page.'}`,
	);
}
