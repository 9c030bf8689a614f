import { describe, expect, it } from 'vitest';
import { assertBuilt, isNotFoundPage, listPages, loadPage } from '../helpers/dist';

assertBuilt();
const contentPages = listPages().filter((file) => !isNotFoundPage(file));

const wording = {
	id: /^Fakta diperiksa per \d{1,2} \p{L}+ \d{4}\.$/u,
	en: /^Facts checked as of \d{1,2} \p{L}+ \d{4}\.$/u,
};

describe.each(contentPages)('%s', (file) => {
	const $ = loadPage(file);
	const locale = $('html').attr('lang') === 'en' ? 'en' : 'id';

	it('shows when its facts were checked, right after the summary, apart from "last updated"', () => {
		const dates = $('.summary + .page-dates');
		expect(dates.length, 'a .page-dates line right after the summary').toBe(1);
		const checked = dates.find('.page-dates__checked');
		expect(checked.text().trim()).toMatch(wording[locale]);
		expect(checked.find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(dates.text()).toContain(locale === 'en' ? 'Updated:' : 'Diperbarui:');
		expect(dates.find('a').attr('href')).toMatch(
			/#(tanggal-pemeriksaan-fakta-dan-tanggal-pembaruan|facts-checked-and-last-updated)$/,
		);
	});
});
