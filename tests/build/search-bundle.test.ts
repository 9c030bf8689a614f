import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under';
import { assertBuilt, distDir } from '../helpers/dist';

assertBuilt();

const folder = join(distDir, 'pagefind');
const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
	languages: Record<string, { hash: string; wasm?: string }>;
};
const languages = Object.values(entry.languages);

// Pagefind writes its own UI bundles (pagefind-ui, -component-ui, -modular-ui, -highlight: about 420 KB) and
// a WebAssembly module for languages without a stemmer; the site's search interface loads none of them.
describe('the deployed search bundle', () => {
	it('holds only what the search interface loads: the API, each language index and its WebAssembly', () => {
		const expected = [
			'pagefind-entry.json',
			// The interface runs search on the page's thread (src/lib/search/pagefind-options.ts): no worker.
			'pagefind.js',
			...languages.map(({ hash }) => `pagefind.${hash}.pf_meta`),
			...languages.map(({ wasm }) => `wasm.${wasm ?? 'unknown'}.pagefind`),
		].sort();
		const topLevel = filesUnder(folder).filter((file) => !file.includes('/'));
		expect(topLevel).toEqual(expected);
	});

	it('keeps the index, filter and fragment chunks', () => {
		const folders = new Set(
			filesUnder(folder)
				.filter((file) => file.includes('/'))
				.map((file) => file.split('/')[0]),
		);
		expect([...folders].sort()).toEqual(['filter', 'fragment', 'index']);
	});
});
