import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listBuiltPages, tagsOfBuiltPage } from '../lib/built-site';
import { headerOnlyDirectives, immutableCache, mergeCsp, parseCsp, securityHeaders, serializeCsp } from '../lib/security-policy';

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages; the README shows
 * the equivalent for other hosts) from the policy in the pages' `<meta>`:
 * the same directives (with any page's hashes, should one ever need them), plus what
 * only a header can carry (`frame-ancestors`), the other security headers
 * and a long cache lifetime for fingerprinted assets. Fails the build when a
 * page has no policy, since then nothing protects it.
 */
export function securityHeadersFile(): AstroIntegration {
	let base = '/';
	return {
		name: 'sinergi:security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const folder = fileURLToPath(dir);
				const policies = listBuiltPages(folder).map((page) => {
					const meta = tagsOfBuiltPage(folder, page).find((tag) => tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy');
					const content = meta?.attributes['content'];
					if (!content) throw new Error(`${page}: no Content-Security-Policy <meta>. Render the page through BaseLayout (its HeadMeta writes the policy from src/lib/security-policy.ts).`);
					return parseCsp(content);
				});
				const header = `${serializeCsp(mergeCsp(policies))}; ${headerOnlyDirectives.join('; ')}`;
				const lines = [
					`${base}*`,
					`  Content-Security-Policy: ${header}`,
					...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
					'',
					`${base}_astro/*`,
					`  Cache-Control: ${immutableCache}`,
					'',
				];
				await writeFile(join(folder, '_headers'), lines.join('\n'));
				logger.info('_headers written');
			},
		},
	};
}
