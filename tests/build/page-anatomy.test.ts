import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { assertBuilt, isNotFoundPage, listPages, loadPage, loadPath } from '../helpers/dist';

assertBuilt();

const pages = listPages().filter((file) => !isNotFoundPage(file) && !file.startsWith('offline/'));

/** The parts of a page in the order a reader must meet them; a part a page lacks is skipped. */
const PARTS = [
	['title', 'h1'],
	['summary', '.summary'],
	['dates', '.page-dates'],
	['page tools', '.page-tools'],
	['content', '.prose:not(.prose--notes), .page-template, .registry-nav, .source-registry'],
	['footnotes', 'section[data-footnotes]'],
	['other sources', '.source-list'],
	['cite', '.cite-page'],
	['share', '.share'],
] as const;

/** Document-order position of the first element matching a selector inside the article, or -1. */
function positionOf($: CheerioAPI, selector: string): number {
	const all = $('.article *').toArray();
	const first = $('.article').find(selector).first().get(0);
	return first ? all.indexOf(first) : -1;
}

describe.each(pages)('the parts of %s', (file) => {
	const $ = loadPage(file);

	it('come in order: title, summary, dates, content and template, footnotes, sources, cite, share', () => {
		const found = PARTS.map(([name, selector]) => ({ name, at: positionOf($, selector) })).filter(
			(part) => part.at >= 0,
		);
		expect(found.map((part) => part.name)).toEqual(expect.arrayContaining(['title', 'summary', 'cite', 'share']));
		const sorted = [...found].sort((a, b) => a.at - b.at);
		expect(sorted.map((part) => part.name)).toEqual(found.map((part) => part.name));
	});

	it('puts its template section before the footnotes', () => {
		const template = positionOf($, '.page-template');
		const notes = positionOf($, 'section[data-footnotes]');
		if (template >= 0 && notes >= 0) expect(template).toBeLessThan(notes);
		expect($('.article section[data-footnotes]').length).toBeLessThanOrEqual(1);
	});

	it('offers share near the top and a report-an-error link with its title and address', () => {
		const tools = $('.page-tools');
		expect(tools.find('a[href="#share"]')).toHaveLength(1);
		expect($('#share.share')).toHaveLength(1);
		const report = tools.find('a[data-retarget]').attr('href') ?? '';
		expect(report).not.toBe('');
		expect(report).not.toMatch(/example\.(com|org)|placeholder|TODO/);
		if (report.includes('/issues/new?')) {
			const query = new URL(report).searchParams;
			expect(query.get('title')).toContain($('h1').text().trim());
			expect(query.get('body')).toContain($('link[rel="canonical"]').attr('href'));
		}
	});
});

describe('the search page', () => {
	it.each(['/cari/', '/en/search/'])('%s puts its box and filters before the prose', (path) => {
		const $ = loadPath(path);
		expect(positionOf($, '.search-page__form')).toBeLessThan(positionOf($, '.prose'));
	});
});

describe('corrections', () => {
	it.each([
		['/koreksi/', '/perdagangan-ekspor/'],
		['/en/corrections/', '/en/trade-export/'],
	])('%s lists each correction with its date and pages, and %s links to its own', (list, corrected) => {
		const $ = loadPath(list);
		const items = $('.corrections .updates__item');
		expect(items.length).toBeGreaterThan(0);
		items.each((_, item) => {
			expect($(item).find('time[datetime]')).toHaveLength(1);
			expect($(item).find('a').length).toBeGreaterThan(0);
		});
		const link = loadPath(corrected)('.page-tools a[href*="#koreksi-"]').attr('href') ?? '';
		const anchor = link.split('#')[1] ?? '';
		expect($(`#${anchor}`)).toHaveLength(1);
	});
});

describe('the glossary', () => {
	it.each(['/glosarium/', '/en/glossary/'])('%s has an A–Z index and hides the search words from readers', (path) => {
		const $ = loadPath(path);
		expect($('.glossary__index a').length).toBeGreaterThan(5);
		for (const link of $('.glossary__index a').toArray())
			expect($(`[id="${($(link).attr('href') ?? '').slice(1)}"]`)).toHaveLength(1);
		// Each term is a heading with its anchor, so a search result leads to the term.
		expect($('.glossary__entry > h3[id]').length).toBe($('.glossary__entry').length);
	});
});

describe('the timeline', () => {
	it.each(['/lini-masa/', '/en/timeline/'])('%s groups its events by year', (path) => {
		const $ = loadPath(path);
		const years = $('.timeline__year-heading')
			.toArray()
			.map((heading) => $(heading).text().trim());
		expect(years.length).toBeGreaterThan(1);
		expect([...years].sort()).toEqual(years);
	});
});
