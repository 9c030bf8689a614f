/**
 * Values the build writes into the page scripts and the service worker
 * (Vite `define`, set in `astro.config.mjs`).
 */

/** The build id (`src/lib/offline/build-id.ts`): keys the saved copy, and is Pagefind's `metaCacheTag`. */
declare const __SINERGI_BUILD__: string;

/** The `offline.*` strings of both dictionaries, for the offline control (loaded only when used). */
declare const __SINERGI_OFFLINE_STRINGS__: Record<'id' | 'en', Record<string, string>>;
