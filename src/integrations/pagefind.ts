import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { listBuiltPages, urlPathOfFile } from '../lib/build-checks/built-site';
import { unusedBundleFiles, type PagefindEntry } from '../lib/search/pagefind-bundle';
import { fieldsOfPages, SEARCH_FIELDS_FILE, type SearchFieldsFile } from '../lib/search/search-fields-file';
import { indexedBodyStarts, withSearchFields } from '../lib/search/search-fields-markup';

/**
 * Citation lines and source lists that Pagefind leaves out of the index and
 * the result fragments. Each source is indexed on its own registry page
 * (`/sumber-metode/daftar/…`), so searching a publisher's name still finds
 * it; on every other page these lines only made fragments larger (the
 * timeline's "Sumber:" lines were a third of its text) and gave false
 * matches ("S&P Global Commodity Insights" made the tracker match
 * "commodity"). Measured in docs/benchmarks.md ("Search: the first query").
 */
const NOT_INDEXED = [
	'.citation-links',
	'.chart__sources',
	'.chart__source',
	'.map-places__sources',
	'.updates__sources',
	'.dataset__cite',
	'.source-uses',
];

/**
 * Words per index chunk (Pagefind's default is 20,000: chunks of about 30 KB
 * gzip here). A query loads the chunk of each of its words, so smaller
 * chunks make the first query lighter: at 5,000 a one-word query fetches an
 * 8 KB chunk instead of 30 KB, for 0.1 KB more metadata and more requests
 * only for queries of many words (docs/benchmarks.md, "Search: the first
 * query"). Pagefind reads it from the environment only, under a name it calls
 * unstable: if a later version drops it, the index falls back to the default
 * chunks and the bench's first-query table shows it.
 */
const INDEX_CHUNK_WORDS = 5000;

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it,
 * so `astro build` alone yields a searchable `dist/`. Pagefind keeps one index
 * per `<html lang>` (Indonesian and English stem separately) and indexes only
 * `data-pagefind-body`. Each page is indexed with its search fields (topic,
 * glossary keywords, filters) added from the build's side file
 * (`SEARCH_FIELDS_FILE`), which is then deleted: readers never see the
 * fields, so the deployed pages do not carry them. Then removes the files of
 * Pagefind's output that the site's search interface never loads (its UI
 * bundles; see `src/lib/search/pagefind-bundle.ts`). Any error stops the build and
 * names what failed.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'sinergi:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const output = fileURLToPath(new URL('pagefind/', dir));
				try {
					// Read when Pagefind's service starts, which is the first createIndex.
					process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_WORDS);
					const { index, errors } = await createIndex({ excludeSelectors: NOT_INDEXED });
					fail('could not start the indexer', errors);
					if (!index) throw new Error('Pagefind returned no index.');
					const withFields = await addPages(index, site);
					logger.info(
						`search fields of ${withFields} pages added as they were indexed; ${SEARCH_FIELDS_FILE} removed from the build`,
					);
					const written = await index.writeFiles({ outputPath: output });
					fail(`could not write the search bundle to ${output}`, written.errors);
					const entry = JSON.parse(await readFile(`${output}pagefind-entry.json`, 'utf8')) as PagefindEntry;
					const counts = Object.entries(entry.languages).map(
						([language, { page_count }]) => `${language}: ${page_count}`,
					);
					logger.info(`search index written (${counts.join(', ')} pages)`);
					const topLevel = (await readdir(output, { withFileTypes: true }))
						.filter((item) => item.isFile())
						.map((item) => item.name);
					const unused = unusedBundleFiles(topLevel, entry);
					const bytes = (await Promise.all(unused.map(async (file) => (await stat(join(output, file))).size))).reduce(
						(sum, size) => sum + size,
						0,
					);
					await Promise.all(unused.map((file) => rm(join(output, file))));
					logger.info(
						`left out ${unused.length} files search never loads (${Math.round(bytes / 1024)} KB: ${unused.join(', ')})`,
					);
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					throw new Error(
						`Search indexing failed: ${reason}\nFix the page or setting named above and build again; the site is not searchable without this index.`,
						{ cause: error },
					);
				} finally {
					await close();
				}
			},
		},
	};
}

/**
 * Gives Pagefind every built HTML file as it is on disk, with its search
 * fields added to the indexed element, under the URL `addDirectory` would
 * give it; then deletes the side file so it is not deployed (the offline copy
 * and the link check, which run later, never see it). Returns how many pages
 * got fields.
 */
async function addPages(index: PagefindIndex, site: string): Promise<number> {
	const sideFile = join(site, SEARCH_FIELDS_FILE);
	if (!existsSync(sideFile))
		throw new Error(
			`${SEARCH_FIELDS_FILE} is not in the build: src/pages/search-index-fields.json.ts writes it; restore that route.`,
		);
	const fields = JSON.parse(await readFile(sideFile, 'utf8')) as SearchFieldsFile;
	const pages = await Promise.all(
		listBuiltPages(site).map(async (file) => {
			const html = await readFile(join(site, file), 'utf8');
			return { file, path: urlPathOfFile(file), indexed: indexedBodyStarts(html).length > 0, html };
		}),
	);
	const paired = fieldsOfPages(pages, fields);
	for (const { file, path, html } of pages) {
		const page = paired.get(file);
		const added = await index.addHTMLFile({ url: path, content: page ? withSearchFields(html, page, file) : html });
		fail(`could not index ${file}`, added.errors);
	}
	await rm(sideFile);
	return paired.size;
}

/** Throws with Pagefind's own messages when a step reported errors. */
function fail(step: string, errors: string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step}:\n  ${errors.join('\n  ')}`);
}
