import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/build-checks/broken-links';
import { FALLBACK_SITE_URL } from '../../src/lib/site/site-url';
import { filesUnder } from '../../src/lib/files/files-under';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, listPages, loadPage } from '../helpers/dist';
import { checkShareImages } from '../helpers/share-images';
import { SUBPATH_BASE, SUBPATH_SITE, subpathDirs } from '../helpers/subpath';

const [dir] = subpathDirs;
assertBuilt(dir);

describe(`the build under ${SUBPATH_BASE}`, () => {
	const report = checkLinks({ dir, base: SUBPATH_BASE, site: SUBPATH_SITE });

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
		const lines = checkShareImages(dir, SUBPATH_BASE, SUBPATH_SITE).flatMap(({ page, problems }) =>
			problems.map((problem) => `${page}: ${problem}`),
		);
		expect(lines, lines.join('\n')).toEqual([]);
	});

	it('points nowhere at the placeholder origin when SITE_URL is set (no ".example" address in any file)', () => {
		const placeholderHost = new URL(FALLBACK_SITE_URL).host;
		const offenders = filesUnder(dir)
			.filter((file) => /\.(html|xml|json|txt|webmanifest|js|csv|md|_headers)$|^_headers$/.test(file))
			.filter((file) => {
				const text = readFileSync(join(dir, file), 'utf8');
				return text.includes(placeholderHost) || /\b[\w-]+\.example\b/.test(text);
			});
		expect(offenders, offenders.join('\n')).toEqual([]);
	});
});
