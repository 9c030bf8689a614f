import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/build-checks/security-policy';

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages; the README shows
 * the equivalent for other hosts) from the policy constants in
 * `src/lib/build-checks/security-policy.ts`, the same ones every page's `<meta>` carries:
 * the page policy plus what only a header can carry (`frame-ancestors`), the
 * other security headers and a long cache lifetime for fingerprinted assets.
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
				await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(base));
				logger.info('_headers written');
			},
		},
	};
}
