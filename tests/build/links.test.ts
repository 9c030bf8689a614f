import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check';
import { FALLBACK_SITE_URL } from '../../src/lib/site-url';
import { assertBuilt, distDir } from '../helpers/dist';

assertBuilt();

/** The folder for reports the tests write beside the build (never deployed). */
const reportsDir = join(process.cwd(), 'dist-reports');

describe('links in the build', () => {
	const report = checkLinks({ dir: distDir, base: '/', site: process.env['SITE_URL'] || FALLBACK_SITE_URL });

	it('follows internal links (pages, fragments, assets, data files)', () => {
		expect(report.checked).toBeGreaterThan(0);
	});

	it('has no broken internal link', () => {
		const lines = report.broken.map(({ page, link, problem }) => `${page}: "${link}" ${problem}`);
		expect(lines, lines.join('\n')).toEqual([]);
	});


	it('lists external links in dist-reports/external-links.txt without fetching them', () => {
		mkdirSync(reportsDir, { recursive: true });
		const unique = [...new Set(report.external.map(({ link }) => link))].sort();
		const byLink = unique.map((link) => `${link}\n${report.external.filter((entry) => entry.link === link).map(({ page }) => `  ${page}`).join('\n')}`);
		writeFileSync(join(reportsDir, 'external-links.txt'), `${unique.length} external links (not fetched by the tests)\n\n${byLink.join('\n')}\n`);
		for (const { link } of report.external) expect(link).toMatch(/^https?:\/\//);
	});
});
