import { pagefindOptions } from './pagefind-options';

/** What Pagefind writes about each language index in `pagefind-entry.json`. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * The top-level files of Pagefind's output that the site's own search
 * interface never loads, so they need not be deployed: Pagefind's UI bundles
 * (`pagefind-ui`, `pagefind-component-ui`, `pagefind-modular-ui`,
 * `pagefind-highlight`, about 420 KB) and the WebAssembly of languages the
 * index does not have (`wasm.unknown.pagefind` when every language has its
 * stemmer), and its worker when the interface runs search without one
 * (`noWorker` in `src/lib/search/pagefind-options.ts`). Kept: the API, the entry,
 * each language's meta and WebAssembly; the chunk folders are not top-level files.
 */
export function unusedBundleFiles(topLevelFiles: readonly string[], entry: PagefindEntry): string[] {
	const languages = Object.values(entry.languages);
	const used = new Set([
		'pagefind.js',
		...(pagefindOptions.noWorker ? [] : ['pagefind-worker.js']),
		'pagefind-entry.json',
		...languages.map(({ hash }) => `pagefind.${hash}.pf_meta`),
		...languages.map(({ wasm }) => `wasm.${wasm ?? 'unknown'}.pagefind`),
	]);
	return topLevelFiles.filter((file) => !used.has(file));
}
