import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/build-checks/broken-links';
import { FALLBACK_SITE_URL } from '../../src/lib/site/site-url';
import { assertBuilt, distDir } from '../helpers/dist';

assertBuilt();

/** The folder for reports the tests write beside the build (never deployed). */
const reportsDir = join(process.cwd(), 'dist-reports');

// Internal links need no test here: the build's link check stops any build with one broken, and
// tests/unit/broken-links.test.ts shows that check catching each kind. What the build leaves alone is
// every link to another site: it is listed for a person to review, and must at least be a web address.
describe('links to other sites', () => {
	const { external } = checkLinks({ dir: distDir, base: '/', site: process.env['SITE_URL'] || FALLBACK_SITE_URL });

	it('are all http or https addresses (no javascript:, file: or typo), listed in dist-reports/external-links.txt', () => {
		mkdirSync(reportsDir, { recursive: true });
		const unique = [...new Set(external.map(({ link }) => link))].sort();
		const byLink = unique.map(
			(link) =>
				`${link}\n${external
					.filter((entry) => entry.link === link)
					.map(({ page }) => `  ${page}`)
					.join('\n')}`,
		);
		writeFileSync(
			join(reportsDir, 'external-links.txt'),
			`${unique.length} external links (not fetched by the tests)\n\n${byLink.join('\n')}\n`,
		);
		expect(unique.length).toBeGreaterThan(0);
		expect(unique.filter((link) => !/^https?:\/\/[^/\s]+\.[^/\s]+/.test(link))).toEqual([]);
	});
});
