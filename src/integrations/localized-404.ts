import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes `src/pages/en/404.astro` as `en/404/index.html`; static hosts
 * that serve a per-folder 404 page (Cloudflare Pages, and others by a rule)
 * look for `en/404.html`. This moves it there after the build.
 */
export function localized404(locales: readonly string[]): AstroIntegration {
	return {
		name: 'sinergi:localized-404',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				for (const locale of locales) {
					const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
					await rename(`${folder}index.html`, fileURLToPath(new URL(`${locale}/404.html`, dir)));
					await rmdir(folder);
					logger.info(`${locale}/404.html written`);
				}
			},
		},
	};
}
