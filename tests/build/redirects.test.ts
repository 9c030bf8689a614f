import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/lib/build-checks/security-policy';
import { PAGE_REDIRECTS, redirectFileOf } from '../../src/lib/build-checks/page-redirects';
import { assertBuilt, distDir, fileOfPath, listPages } from '../helpers/dist';
import { SUBPATH_BASE, subpathDirs } from '../helpers/subpath';

/**
 * A moved page's old address leads to the new one, at the root and under a
 * sub-path: a static page with a `<meta http-equiv="refresh">` (no script, so
 * it works offline and with JavaScript off), a canonical link and a plain
 * link to the new address, which is a page of the build.
 */

assertBuilt();
const [subpathDir] = subpathDirs;
assertBuilt(subpathDir);

const builds = [
	{ name: 'root', dir: distDir, base: '/' },
	{ name: SUBPATH_BASE, dir: subpathDir, base: SUBPATH_BASE },
] as const;

describe.each(builds)('the build at $name', ({ dir, base }) => {
	it.each(PAGE_REDIRECTS.map((redirect) => [redirect.from, redirect] as const))(
		'the old address %s leads to the new one',
		(_from, redirect) => {
			const file = join(dir, redirectFileOf(redirect));
			expect(existsSync(file), `${redirectFileOf(redirect)} is not in the build`).toBe(true);
			const $ = load(readFileSync(file, 'utf8'));
			const target = `${base}${redirect.to}`;
			expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
			expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(target);
			expect($('body a').attr('href')).toBe(target);
			expect($('html').attr('lang')).toBe(redirect.locale);
			expect($('meta[http-equiv="content-security-policy"]').attr('content')).toBe(pagePolicy);
			expect($('script, style, [style]')).toHaveLength(0);
			expect(fileOfPath(`/${redirect.to}`, dir), `the new address ${target} is not a page of the build`).toBeDefined();
		},
	);

	it('keeps redirect pages out of the list of the site’s pages (sitemap, search, share images)', () => {
		const pages = new Set(listPages(dir));
		for (const redirect of PAGE_REDIRECTS) expect(pages.has(redirectFileOf(redirect))).toBe(false);
		const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
		for (const redirect of PAGE_REDIRECTS) expect(sitemap).not.toContain(`${base}${redirect.from}<`);
	});
});
