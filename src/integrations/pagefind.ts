import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { unusedBundleFiles, type PagefindEntry } from '../lib/search/pagefind-bundle';

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it,
 * so `astro build` alone yields a searchable `dist/`. Pagefind keeps one index
 * per `<html lang>` (Indonesian and English stem separately) and indexes only
 * `data-pagefind-body`. Then removes the files of Pagefind's output that the
 * site's search interface never loads (its UI bundles; see
 * `src/lib/search/pagefind-bundle.ts`). Any error stops the build and names what failed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'sinergi:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const output = fileURLToPath(new URL('pagefind/', dir));
				try {
					const { index, errors } = await createIndex();
					fail('could not start the indexer', errors);
					if (!index) throw new Error('Pagefind returned no index.');
					const added = await index.addDirectory({ path: site });
					fail(`could not index the HTML files in ${site}`, added.errors);
					const written = await index.writeFiles({ outputPath: output });
					fail(`could not write the search bundle to ${output}`, written.errors);
					const entry = JSON.parse(await readFile(`${output}pagefind-entry.json`, 'utf8')) as PagefindEntry;
					const counts = Object.entries(entry.languages).map(([language, { page_count }]) => `${language}: ${page_count}`);
					logger.info(`search index written (${counts.join(', ')} pages)`);
					const topLevel = (await readdir(output, { withFileTypes: true })).filter((item) => item.isFile()).map((item) => item.name);
					const unused = unusedBundleFiles(topLevel, entry);
					const bytes = (await Promise.all(unused.map(async (file) => (await stat(join(output, file))).size))).reduce((sum, size) => sum + size, 0);
					await Promise.all(unused.map((file) => rm(join(output, file))));
					logger.info(`left out ${unused.length} files search never loads (${Math.round(bytes / 1024)} KB: ${unused.join(', ')})`);
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					throw new Error(`Search indexing failed: ${reason}\nFix the page or setting named above and build again; the site is not searchable without this index.`);
				} finally {
					await close();
				}
			},
		},
	};
}

/** Throws with Pagefind's own messages when a step reported errors. */
function fail(step: string, errors: string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step}:\n  ${errors.join('\n  ')}`);
}
