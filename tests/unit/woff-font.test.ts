import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ttfFileOf, woffToSfnt } from '../../src/lib/share/woff-font';

const require = createRequire(import.meta.url);
const woffPath = require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff');

/** The tags of an OpenType file's table directory. */
function tablesOf(sfnt: Buffer): string[] {
	const count = sfnt.readUInt16BE(4);
	return Array.from({ length: count }, (_, i) => sfnt.toString('latin1', 12 + 16 * i, 16 + 16 * i));
}

describe('the share images font for resvg', () => {
	const woff = readFileSync(woffPath);
	const sfnt = woffToSfnt(woff, woffPath);

	it('is an OpenType file with every table of the WOFF, each at its full length and on a four-byte boundary', () => {
		expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
		const tables = tablesOf(sfnt);
		expect(tables).toHaveLength(woff.readUInt16BE(12));
		expect(tables).toContain('glyf');
		for (let i = 0; i < tables.length; i += 1) {
			const offset = sfnt.readUInt32BE(12 + 16 * i + 8);
			const length = sfnt.readUInt32BE(12 + 16 * i + 12);
			expect(offset % 4, `${tables[i]} offset`).toBe(0);
			expect(offset + length, `${tables[i]} end`).toBeLessThanOrEqual(sfnt.length);
			expect(length, `${tables[i]} length`).toBe(woff.readUInt32BE(44 + 20 * i + 12));
		}
	});

	it('names the file when it is not WOFF 1.0', () => {
		expect(() => woffToSfnt(sfnt, 'fonts/inter.ttf')).toThrow(/fonts\/inter\.ttf is not a WOFF 1\.0 font/);
	});

	it('is written once and read from the same file after', () => {
		const file = ttfFileOf(woffPath);
		expect(readFileSync(file).equals(sfnt)).toBe(true);
		expect(ttfFileOf(woffPath)).toBe(file);
	});
});
