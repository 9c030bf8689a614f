import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, fileOfPath, isNotFoundPage, listPages, pathOfFile } from '../helpers/dist';

assertBuilt();

describe('sitemap.xml', () => {
	const $ = load(readFileSync(join(distDir, 'sitemap.xml'), 'utf8'), { xml: true });
	const locs = $('url > loc')
		.map((_, el) => new URL($(el).text()).pathname)
		.get();

	it('lists every content page once', () => {
		const pages = listPages()
			.filter((file) => !isNotFoundPage(file))
			.map(pathOfFile)
			.sort();
		expect([...locs].sort()).toEqual(pages);
	});

	it('gives every page alternates in both languages that exist', () => {
		$('url').each((_, url) => {
			const links = $(url).find('xhtml\\:link');
			const hreflangs = links
				.map((_, link) => $(link).attr('hreflang'))
				.get()
				.sort();
			expect(hreflangs).toEqual(['en', 'id', 'x-default']);
			links.each((_, link) => {
				expect(fileOfPath(new URL($(link).attr('href') ?? '').pathname)).toBeDefined();
			});
		});
	});
});
