import { describe, expect, it } from 'vitest';
import { contentFileOfPage } from '../../src/lib/schemas/content-pages';

describe('contentFileOfPage', () => {
	it('finds the file of a page under any spelling of the base path', () => {
		for (const [page, base] of [
			['/en/commodities/kratom/', '/'],
			['/sub/en/commodities/kratom/', '/sub/'],
			['/sub/en/commodities/kratom/', '/sub'],
		] as const)
			expect(contentFileOfPage(page, base), base).toBe('src/content/commodities/en/kratom.mdx');
	});

	it('names the URL when the page is not under the base or has no file', () => {
		expect(contentFileOfPage('/subway/kesepakatan/', '/sub/')).toBe('the page /subway/kesepakatan/');
	});
});
