import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';
import { isRegistryPart } from '../helpers/registry';
import { otherLocale } from '../../src/i18n/locales';

assertBuilt();
const pages = listPages();
const contentPages = pages.filter((file) => !isNotFoundPage(file));

/** The site-relative path of an absolute URL on the configured site. */
const sitePath = (href: string): string => new URL(href).pathname;

describe('the build', () => {
	it('has both home pages and both agreement pages', () => {
		for (const path of ['/', '/en/', '/kesepakatan/', '/en/agreement/']) {
			expect(fileOfPath(path), path).toBeDefined();
		}
	});

	it('has a 404 page per language', () => {
		expect(pages).toContain('404.html');
		expect(pages).toContain('en/404.html');
	});

	it('builds as many English pages as Indonesian ones', () => {
		const english = pages.filter((file) => file.startsWith('en/'));
		expect(english.length * 2).toBe(pages.length);
	});
});

describe.each(pages)('%s', (file) => {
	const $ = loadPage(file);
	const path = pathOfFile(file);
	const locale = path.startsWith('/en/') ? 'en' : 'id';

	it('declares its language', () => {
		expect($('html').attr('lang')).toBe(locale);
	});

	it('has a title, a description and one h1', () => {
		expect($('title').text().trim()).not.toBe('');
		const description = $('meta[name="description"]').attr('content') ?? '';
		expect(description.length).toBeGreaterThan(20);
		expect(description.length).toBeLessThanOrEqual(160);
		expect($('h1')).toHaveLength(1);
	});

	it('links id, en and x-default alternates that exist', () => {
		const alternates = Object.fromEntries(
			$('link[rel="alternate"][hreflang]')
				.map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]])
				.get(),
		);
		expect(Object.keys(alternates).sort()).toEqual(['en', 'id', 'x-default']);
		expect(alternates['x-default']).toBe(alternates['id']);
		for (const href of Object.values(alternates) as string[]) {
			expect(fileOfPath(sitePath(href)), href).toBeDefined();
		}
		expect(sitePath(alternates[locale] as string)).toBe(path);
	});

	it('has a canonical URL pointing at itself', () => {
		const canonical = $('link[rel="canonical"]').attr('href') ?? '';
		expect(sitePath(canonical)).toBe(path);
	});

	it('has a language switch to a page in the other language', () => {
		const other = otherLocale(locale);
		const link = $('[data-language-switch]');
		expect(link).toHaveLength(1);
		expect(link.attr('hreflang')).toBe(other);
		const target = fileOfPath(link.attr('href') ?? '');
		expect(target, link.attr('href')).toBeDefined();
		expect(loadPage(target as string)('html').attr('lang')).toBe(other);
	});

	it('starts with a skip link to <main>', () => {
		const first = $('body a').first();
		expect(first.attr('href')).toBe('#main');
		expect($('main#main')).toHaveLength(1);
	});
});

describe.each(contentPages)('content of %s', (file) => {
	const $ = loadPage(file);

	it('shows the summary first', () => {
		const summary = $('article .summary p').text().trim();
		expect(summary.length).toBeGreaterThan(20);
		// Right under the title, or under the one lead answer the fact-check and tracker pages put first so that
		// every verdict or status fits a phone's first screen (issue #20), and then the summary.
		expect($('article > h1 + .summary, article > h1 + .lead-answer + .summary')).toHaveLength(1);
	});

	// A part of the source list lists sources rather than citing them (tests/build/source-list.test.ts checks it).
	it.runIf(!isRegistryPart(file))('cites each source in full in its note: the article linked, its kind named', () => {
		const citations = $('[data-footnote-ref]');
		expect(citations.length).toBeGreaterThan(0);
		$('.footnotes li').each((_, li) => {
			const note = $(li);
			expect(note.find('a').first().attr('href'), `footnote ${note.attr('id')}`).toMatch(/^https?:\/\/[^/]+\/./);
			expect(note.find('.source-kind').text().trim(), `footnote ${note.attr('id')}`).not.toBe('');
		});
	});

	it('lists apart only sources that no footnote cites', () => {
		const cited = new Set(
			$('.footnotes li a[href^="http"]')
				.map((_, el) => $(el).attr('href'))
				.get(),
		);
		$('.source-list li a[href^="http"]').each((_, a) => {
			expect(cited.has($(a).attr('href') ?? ''), `${$(a).attr('href')} is cited in a footnote and listed again`).toBe(
				false,
			);
		});
	});

	it('shows when it was last updated', () => {
		expect($('.page-dates__updated time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
