import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apacheConfig, DEFAULT_HOSTING_DIR, headersFile, nginxConfig } from '../lib/build-checks/host-snippets';

/** The folder of the host configuration in the build output; its files are not pages (no `.html`). */
const HOSTING_FOLDER = '_hosting';

/**
 * Writes the host configuration after the build, from the rules in
 * `src/lib/build-checks/hosting-rules.ts` and the policy constants every
 * page's `<meta>` carries: `_headers` (read by Netlify and Cloudflare Pages),
 * and `_hosting/nginx.conf` and `_hosting/apache.htaccess` for the site's base
 * path. They are written with the build rather than printed by a script so
 * that they always carry the base path the pages were built for; the folder
 * the host copies `dist/` into is `HOSTING_DIR` (default
 * `/var/www/sinergi-kalimantan/`). See docs/hosting.md.
 */
export function securityHeadersFile(): AstroIntegration {
	let base = '/';
	return {
		name: 'sinergi:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const folder = fileURLToPath(dir);
				const hostingDir = process.env['HOSTING_DIR'] || DEFAULT_HOSTING_DIR;
				await writeFile(join(folder, '_headers'), headersFile(base));
				await mkdir(join(folder, HOSTING_FOLDER), { recursive: true });
				await writeFile(join(folder, HOSTING_FOLDER, 'nginx.conf'), nginxConfig(base, hostingDir));
				await writeFile(join(folder, HOSTING_FOLDER, 'apache.htaccess'), apacheConfig(base, hostingDir));
				logger.info(`_headers, ${HOSTING_FOLDER}/nginx.conf and ${HOSTING_FOLDER}/apache.htaccess written`);
			},
		},
	};
}
