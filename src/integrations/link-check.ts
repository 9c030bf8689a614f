import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentFilesByPath } from '../lib/schemas/content-pages';
import { checkLinks } from '../lib/build-checks/broken-links';
import { urlPathOfFile } from '../lib/build-checks/built-site';

/**
 * Fails the build when a built page links to a page, asset or `#fragment`
 * that is not in the output, naming the content file (when the page comes
 * from one), the link and the problem. Runs over the finished output, so it
 * sees links from content, layouts and components alike. Add it last, after
 * integrations that write or move files.
 */
export function linkCheck(): AstroIntegration {
	let base = '/';
	let site = 'https://localhost/';
	let root = process.cwd();
	return {
		name: 'sinergi:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site ?? site;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const report = checkLinks({ dir: fileURLToPath(dir), base, site });
				if (report.broken.length === 0) {
					logger.info(`${report.checked} internal links resolve; ${report.external.length} external links not checked`);
					return;
				}
				const sources = contentFilesByPath(root);
				const lines = report.broken.map(({ page, link, problem }) => {
					const path = urlPathOfFile(page);
					const source = sources.get(path);
					return `  ${source ?? page}${source ? ` (${path})` : ''}: the link "${link}" ${problem}. Link to an existing page (a site path with a trailing slash, e.g. /komoditas/) or fix the anchor.`;
				});
				throw new Error(`Broken internal links:\n${lines.join('\n')}`);
			},
		},
	};
}
