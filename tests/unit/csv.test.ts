import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data/csv';

describe('toCsv', () => {
	it('writes a header row and CRLF line breaks', () => {
		expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
	});

	it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
		expect(toCsv(['x'], [['Rp98 juta, "per kg"'], ['two\nlines'], [' padded']])).toBe(
			'x\r\n"Rp98 juta, ""per kg"""\r\n"two\nlines"\r\n" padded"\r\n',
		);
	});

	it('writes empty cells for missing values', () => {
		expect(toCsv(['a', 'b', 'c'], [[null, undefined, '']])).toBe('a,b,c\r\n,,\r\n');
	});

	it('round-trips through an independent RFC 4180 parser', () => {
		const rows = [
			['Kratom', 'dikatakan "Rp98 juta/kg", klaim'],
			['Beras Krayan', 'baris\r\nbaru; ä – ü'],
		];
		const parsed: string[][] = parse(toCsv(['name', 'note'], rows), { relax_quotes: false });
		expect(parsed).toEqual([['name', 'note'], ...rows]);
	});

	it('rejects a row whose length differs from the header', () => {
		expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells but the header has 2/);
	});
});
