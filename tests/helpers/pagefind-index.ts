import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from './dist.ts';

/** One page as Pagefind indexed it: what a search result is built from. */
export interface IndexedFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	/** The language index holding it (`en_…` → `en`). */
	language: string;
}

/** Pagefind's fragments start with this signature once decompressed. */
const SIGNATURE = 'pagefind_dcd';

/**
 * Every page of the built search index by URL, read from Pagefind's fragment
 * files (one gzip-compressed JSON record per page: its text, metadata and
 * filter values, exactly as the search interface receives them).
 */
export function indexedFragments(dir: string = distDir): Map<string, IndexedFragment> {
	const folder = join(dir, 'pagefind', 'fragment');
	const fragments = new Map<string, IndexedFragment>();
	for (const file of readdirSync(folder)) {
		const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
		if (!text.startsWith(SIGNATURE))
			throw new Error(
				`pagefind/fragment/${file} does not start with Pagefind's signature: has Pagefind's format changed?`,
			);
		const record = JSON.parse(text.slice(SIGNATURE.length)) as Omit<IndexedFragment, 'language'>;
		fragments.set(record.url, { ...record, language: file.split('_')[0] ?? '' });
	}
	return fragments;
}
