/**
 * The options the search interface gives Pagefind before it starts
 * (`src/components/search/search-controller.ts`); the build reads them too, to
 * deploy only the files those options load (`src/lib/search/pagefind-bundle.ts`).
 *
 * `noWorker`: search runs on the page's own thread instead of in
 * `pagefind-worker.js`. Measured on this site (`npm run bench`): the first
 * query fetches 12 KB less and shows results sooner (about 240 ms instead of
 * 280 ms on 127.0.0.1), and later queries are no slower; with 52 pages a
 * query keeps the thread busy for only a few milliseconds.
 */
export const pagefindOptions = {
	noWorker: true,
	excerptLength: 24,
	// Titles already count five times; the summary and glossary keywords count above body text.
	// Keywords no more than the summary: they are the other language's names of terms a page
	// mentions, so they must find that page, not rank it above pages whose own text uses the word
	// typed (at 3, "UMKM" put a page saying "MSMEs" once in passing above the Export Center page).
	ranking: { metaWeights: { title: 5, summary: 2, keywords: 2 } },
} as const;
