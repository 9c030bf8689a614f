import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/build-checks/link-check';
import { FALLBACK_SITE_URL } from '../../src/lib/site/site-url';
import { assertBuilt, listPages, loadPage } from '../helpers/dist';
import { checkShareImages } from '../helpers/share-images';
import { SUBPATH_BASE, subpathDirs } from '../helpers/subpath';

const [dir] = subpathDirs;
assertBuilt(dir);

describe(`the build under ${SUBPATH_BASE}`, () => {
	const report = checkLinks({ dir, base: SUBPATH_BASE, site: process.env['SITE_URL'] || FALLBACK_SITE_URL });

	it('has no internal link that is broken or escapes the sub-path', () => {
		expect(report.checked).toBeGreaterThan(0);
		const lines = report.broken.map(({ page, link, problem }) => `${page}: "${link}" ${problem}`);
		expect(lines, lines.join('\n')).toEqual([]);
	});

	it.each(listPages(dir))('%s uses only root-relative URLs under the sub-path', (file) => {
		const $ = loadPage(file, dir);
		const urls = $('[href], [src], form[action]')
			.map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action'))
			.get()
			.filter((value: string) => value.startsWith('/'));
		for (const value of urls) expect(value).toMatch(new RegExp(`^${SUBPATH_BASE}`));
	});

	it('gives every page a share image under the sub-path that is in the build', () => {
		const lines = checkShareImages(dir, SUBPATH_BASE).flatMap(({ page, problems }) =>
			problems.map((problem) => `${page}: ${problem}`),
		);
		expect(lines, lines.join('\n')).toEqual([]);
	});
});
