import { describe, expect, it } from 'vitest';
import { assertBuilt, isNotFoundPage, listPages, loadPage } from '../helpers/dist';

assertBuilt();

const contentPages = listPages().filter((file) => !isNotFoundPage(file));

describe.each(contentPages)('cite and share on %s', (file) => {
	const $ = loadPage(file);
	const canonical = $('link[rel="canonical"]').attr('href') as string;
	const title = $('h1').text().trim();

	it('offers a citation with the site, title, date updated, URL and a blank for the access date', () => {
		const cite = $('.cite-page');
		expect(cite.find('h2').text().trim()).not.toBe('');
		const text = cite.find('.cite-page__text').text();
		expect(text).toContain('Sinergi Kalimantan');
		expect(cite.find('cite').text()).toBe(title);
		expect(text).toContain(canonical);
		expect(text).toContain($('.page-dates__updated time').text().trim());
		expect(text).toMatch(/\[(tanggal|date)\]/);
	});

	it('shares by WhatsApp and e-mail without third-party script, copy link as an enhancement', () => {
		const whatsapp = $('.share a[href^="https://wa.me/?text="]').attr('href') as string;
		expect(decodeURIComponent(whatsapp.slice('https://wa.me/?text='.length))).toContain(canonical);
		const mail = $('.share a[href^="mailto:"]').attr('href') as string;
		expect(decodeURIComponent(mail)).toContain(canonical);
		expect($('.share copy-link').attr('data-url')).toBe(canonical);
		expect($('.share copy-link').closest('li').attr('hidden')).toBeDefined();
		expect($('script[src^="http"], script[src^="//"]')).toHaveLength(0);
	});
});
