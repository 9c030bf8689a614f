import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_REDIRECTS, redirectFileOf, redirectPageHtml } from '../lib/build-checks/page-redirects';

/**
 * Writes a static redirect page at each old address in `PAGE_REDIRECTS`
 * after the build. Runs before the search index and the offline copy, so the
 * offline copy carries the redirect too, and before the link check, which
 * then checks that each redirect's target exists. A redirect whose old
 * address is still a page of the site stops the build: the page would be
 * overwritten.
 */
export function redirectPages(): AstroIntegration {
	let base = '/';
	let site = 'https://localhost/';
	return {
		name: 'sinergi:redirect-pages',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				for (const redirect of PAGE_REDIRECTS) {
					const file = join(root, redirectFileOf(redirect));
					if (existsSync(file)) {
						throw new Error(
							`src/lib/site/page-redirects.ts: "${redirect.from}" is still a page of the site, so it cannot redirect to "${redirect.to}". Remove the redirect, or change the page's slug.`,
						);
					}
					await mkdir(dirname(file), { recursive: true });
					await writeFile(file, redirectPageHtml(redirect, base, site));
				}
				logger.info(`${PAGE_REDIRECTS.length} redirect page(s) written`);
			},
		},
	};
}
