import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/schemas/dates';
import { newestReportOf, REPORT_MONTH } from '../../src/lib/sources/newest-report';
import { pathOfKey, readContentYaml, type RegistryEntry } from '../helpers/content';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage } from '../helpers/dist';
import { registryIdsShown } from '../helpers/registry';
import { asLocale } from '../../src/i18n/locales';

assertBuilt();
const allPages = listPages();
const contentPages = allPages.filter((file) => !isNotFoundPage(file));
const registry = readContentYaml<RegistryEntry>('sources.yaml');
const byId = new Map(registry.map((source) => [source.id, source]));
const idsByUrl = new Map(registry.map((source) => [source.url, source.id]));

const wording = {
	id: /^Fakta diperiksa per \d{1,2} \p{L}+ \d{4}\.$/u,
	en: /^Facts checked as of \d{1,2} \p{L}+ \d{4}\.$/u,
};
const newestWording = {
	id: /^Laporan terbaru yang kami temukan: (\p{L}+ )?\d{4}\.$/u,
	en: /^Newest report we found: (\p{L}+ )?\d{4}\.$/u,
};
/** Any sentence that dates a check of the facts, in either language. */
const CHECKED_AS_OF = /Fakta diperiksa per|Facts checked as of/;
const NEWEST_REPORT = /Laporan terbaru yang kami temukan|Newest report we found/;

describe.each(contentPages)('%s', (file) => {
	const $ = loadPage(file);
	const locale = asLocale($('html').attr('lang'));
	const dates = $('.summary + .page-dates');

	it('shows when its facts were checked, right after the summary, apart from "last updated"', () => {
		expect(dates.length, 'a .page-dates line right after the summary').toBe(1);
		const checked = dates.find('.page-dates__checked');
		expect(checked.text().trim()).toMatch(wording[locale]);
		expect(checked.find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(dates.text()).toContain(locale === 'en' ? 'Updated:' : 'Diperbarui:');
		expect(dates.find('a').attr('href')).toMatch(
			/#(tanggal-pemeriksaan-fakta-dan-tanggal-pembaruan|facts-checked-and-last-updated)$/,
		);
	});

	it('shows beside it the month of the newest report it relies on', () => {
		const newest = dates.find('.page-dates__newest');
		expect(newest.text().trim().replace(/\s+/g, ' ')).toMatch(newestWording[locale]);
		expect(newest.find('time').attr('datetime')).toMatch(REPORT_MONTH);
	});

	it('gives as its newest report the month of the newest dated source it shows, no older and no newer', () => {
		const shown = [...registryIdsShown($, idsByUrl)];
		const expected = newestReportOf(shown.map((id) => byId.get(id)?.date ?? 'undated'));
		const newestId = shown.find((id) => byId.get(id)?.date.startsWith(expected ?? '-'));
		expect(
			dates.find('.page-dates__newest time').attr('datetime'),
			`newest source shown: ${newestId ?? 'none'}; set newestReport: "${expected ?? '?'}" in the page's frontmatter`,
		).toBe(expected);
	});
});

describe('every page that dates a check of its facts', () => {
	it('also shows the newest report found, so early-2026 news is not read as news of the check date', () => {
		const without = allPages.filter((file) => {
			const $ = loadPage(file);
			$('script, style, template').remove();
			const text = $('body').text();
			return CHECKED_AS_OF.test(text) && !NEWEST_REPORT.test(text);
		});
		expect(without).toEqual([]);
	});
});

describe.each(['id', 'en'] as const)('the %s home page', (locale) => {
	it('says, where it says every fact was checked again, how recent the newest report in the registry is', () => {
		const $ = loadPage(fileOfPath(pathOfKey('home', locale)) as string);
		const line = $('main li')
			.filter((_, li) => /diperiksa ulang|checked again/.test($(li).text()))
			.first()
			.text();
		expect(line).not.toBe('');
		const newest = newestReportOf(registry.map((source) => source.date)) as string;
		const month = formatPartialDate(newest, locale);
		expect(line).toContain(
			locale === 'id'
				? `Laporan terbaru yang kami temukan berasal dari ${month}`
				: `The newest report we found is from ${month}`,
		);
	});
});
