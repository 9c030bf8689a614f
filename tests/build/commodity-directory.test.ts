import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
const records = (JSON.parse(readFileSync(join(distDir, 'data', 'commodities.json'), 'utf8')) as { records: Commodity[] }).records;
const directories = [
	{ locale: 'id' as const, path: '/komoditas/' },
	{ locale: 'en' as const, path: '/en/commodities/' },
].filter(({ path }) => fileOfPath(path) !== undefined);

describe('commodity directory', () => {
	it('is published in both languages whenever commodity profiles exist', () => {
		if (records.length > 0) expect(directories.map((directory) => directory.path)).toEqual(['/komoditas/', '/en/commodities/']);
		else expect(directories.length === 0 || directories.length === 2).toBe(true);
	});
});

describe.runIf(directories.length > 0 && records.length > 0).each(directories)('commodity directory $path', ({ locale, path }) => {
	const $ = loadPage(fileOfPath(path) as string);
	const table = $('.commodity-directory table');

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
			if (claim) expect(row.find('q').text()).toBe(claim);
			if (figure) expect(row.text()).toContain(figure);
		}
	});

	it('has six column headers and a caption, readable without JavaScript', () => {
		expect(table.find('thead th[scope="col"]')).toHaveLength(6);
		expect(table.find('caption').text().trim()).not.toBe('');
		expect(table.find('button')).toHaveLength(0);
	});
});
