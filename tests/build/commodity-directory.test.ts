import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { assertBuilt, distDir, fileOfPath, loadPage } from '../helpers/dist';

assertBuilt();

interface Commodity {
	key: string;
	name_id: string;
	name_en: string;
	claim_text_id: string | null;
	claim_text_en: string | null;
	key_figure_id: string | null;
	key_figure_en: string | null;
	url_id: string;
	url_en: string;
}
const records = (
	JSON.parse(readFileSync(join(distDir, 'data', 'commodities.json'), 'utf8')) as { records: Commodity[] }
).records;
const directories = [
	{ locale: 'id' as const, path: '/komoditas/' },
	{ locale: 'en' as const, path: '/en/commodities/' },
];

describe('commodity directory', () => {
	it('has commodity profiles to list', () => {
		expect(records.length).toBeGreaterThan(0);
	});
});

describe.each(directories)('commodity directory $path', ({ locale, path }) => {
	const file = fileOfPath(path);
	if (!file) throw new Error(`${path} is not in the build: the commodity directory is missing.`);
	const $ = loadPage(file);
	const table = $('.commodity-directory table');
	const t = useTranslations(locale);

	it('has one row per commodity profile, each linking to its profile', () => {
		expect(table.find('tbody tr')).toHaveLength(records.length);
		for (const record of records) {
			const link = table.find(`tbody th[scope="row"] a[href="${new URL(record[`url_${locale}`]).pathname}"]`);
			expect(link.text(), record.key).toBe(record[`name_${locale}`]);
		}
	});

	it('shows each claim and confirmed key figure as the profile states it', () => {
		for (const record of records) {
			const row = table.find(`tbody a[href="${new URL(record[`url_${locale}`]).pathname}"]`).closest('tr');
			const claim = record[`claim_text_${locale}`];
			const figure = record[`key_figure_${locale}`];
			// A profile without a claim or a confirmed figure says so in words.
			expect(row.find('q').text(), record.key).toBe(claim ?? '');
			expect(row.text(), record.key).toContain(claim ? claim : t('directory.noClaim'));
			expect(row.text(), record.key).toContain(figure ?? t('directory.noFigure'));
		}
	});

	it('has six column headers and a caption, readable without JavaScript', () => {
		expect(table.find('thead th[scope="col"]')).toHaveLength(6);
		expect(table.find('caption').text().trim()).not.toBe('');
		expect(table.find('button')).toHaveLength(0);
	});
});
