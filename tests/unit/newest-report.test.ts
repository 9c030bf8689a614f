import { describe, expect, it } from 'vitest';
import { REPORT_MONTH, monthOf, newestReportOf, newestReportProblem } from '../../src/lib/sources/newest-report';

describe('newestReportOf', () => {
	it('is the month of the newest dated source, skipping undated ones', () => {
		expect(newestReportOf(['2025-08-07', '2026-02-11', 'undated', '2025-12'])).toBe('2026-02');
		expect(newestReportOf(['undated'])).toBeUndefined();
		expect(newestReportOf([])).toBeUndefined();
	});

	it('counts a year alone as no newer than the months of that year, and as the newest when it is a later year', () => {
		expect(newestReportOf(['2025', '2025-08-07'])).toBe('2025-08');
		expect(newestReportOf(['2026', '2025-08-07'])).toBe('2026');
	});
});

describe('monthOf and REPORT_MONTH', () => {
	it('cuts a date to its month and accepts only a month or a year', () => {
		expect(monthOf('2025-08-07')).toBe('2025-08');
		expect(monthOf('2025')).toBe('2025');
		expect(REPORT_MONTH.test('2026-02')).toBe(true);
		expect(REPORT_MONTH.test('2026')).toBe(true);
		expect(REPORT_MONTH.test('2026-13')).toBe(false);
		expect(REPORT_MONTH.test('2026-02-11')).toBe(false);
		expect(REPORT_MONTH.test('Februari 2026')).toBe(false);
	});
});

describe('newestReportProblem', () => {
	const sources = [
		{ id: 'a-2025-08-07', date: '2025-08-07' },
		{ id: 'b-2026-01-13', date: '2026-01-13' },
		{ id: 'c', date: 'undated' },
	];

	it('accepts the newest month, and a later one (a template section may show newer sources)', () => {
		expect(newestReportProblem('p.md', '2026-01', sources)).toBeUndefined();
		expect(newestReportProblem('p.md', '2026-02', sources)).toBeUndefined();
		expect(newestReportProblem('p.md', '2025-08', [{ id: 'c', date: 'undated' }])).toBeUndefined();
	});

	it('refuses an older month, naming the file, the field, the newest source and the value to write', () => {
		expect(newestReportProblem('src/content/pages/id/x.md', '2025-08', sources)).toBe(
			'src/content/pages/id/x.md: newestReport "2025-08" is older than the newest source this page cites, "b-2026-01-13" (2026-01-13). Write newestReport: "2026-01" (the month of the newest dated source the page relies on).',
		);
		expect(newestReportProblem('x.md', '2025', sources)).toMatch(/Write newestReport: "2026-01"/);
	});
});
