import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate, isoDay } from '../../src/lib/schemas/dates';

describe('formatPartialDate', () => {
	it('formats a full date in each language', () => {
		expect(formatPartialDate('2025-08-07', 'id')).toBe('7 Agustus 2025');
		expect(formatPartialDate('2025-08-07', 'en')).toBe('7 August 2025');
	});

	it('keeps a month or a year as precise as the source', () => {
		expect(formatPartialDate('2025-08', 'id')).toBe('Agustus 2025');
		expect(formatPartialDate('2025-08', 'en')).toBe('August 2025');
		expect(formatPartialDate('2012', 'en')).toBe('2012');
	});

	it('rejects text that is not a date', () => {
		expect(() => formatPartialDate('soon', 'en')).toThrow(/YYYY/);
	});
});

describe('formatDate', () => {
	it('formats in UTC, whatever the machine time zone', () => {
		expect(formatDate(new Date('2026-11-28T23:30:00Z'), 'id')).toBe('28 November 2026');
		expect(isoDay(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-28');
	});
});
