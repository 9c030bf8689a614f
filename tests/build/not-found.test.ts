import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, loadPage } from '../helpers/dist';

assertBuilt();

/** The not-found page of each language, its home page and its search page (URL map: search → cari / search). */
const notFoundPages = [
	{ file: '404.html', home: '/', search: '/cari/' },
	{ file: 'en/404.html', home: '/en/', search: '/en/search/' },
];

describe.each(notFoundPages)('$file', ({ file, home, search }) => {
	const $ = loadPage(file);

	it('links to the home page of its language', () => {
		expect(
			$('main a')
				.map((_, el) => $(el).attr('href'))
				.get(),
		).toContain(home);
	});

	it('is not indexed by search engines', () => {
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
	});

	it(`offers a search form that sends q to ${search}, which exists`, () => {
		expect(fileOfPath(search), search).toBeDefined();
		const form = $('main form[role="search"]');
		expect(form).toHaveLength(1);
		expect(form.attr('method')).toBe('get');
		expect(form.attr('action')).toBe(search);
		const input = form.find('input[name="q"]');
		expect(input).toHaveLength(1);
		expect(
			$(`label[for="${input.attr('id')}"]`)
				.text()
				.trim(),
		).not.toBe('');
	});
});
