/**
 * Values the build writes into the page scripts and the service worker
 * (Vite `define`, set in `astro.config.mjs`).
 */
import type { Locale } from '../i18n/locales';

declare global {
	/** The build id (`src/lib/offline/build-id.ts`): keys the saved copy, and is Pagefind's `metaCacheTag`. */
	const __SINERGI_BUILD__: string;

	/** The `offline.*` strings of both dictionaries, for the offline control (loaded only when used). */
	const __SINERGI_OFFLINE_STRINGS__: Record<Locale, Record<string, string>>;
}
