import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * The font as an OpenType (TrueType) file, unpacked from WOFF 1.0: each table
 * inflated where it was compressed, laid out after a new table directory.
 * resvg reads TTF and OTF but not WOFF, and the font package ships WOFF
 * (which satori reads). Throws, naming the font, when the data is not WOFF 1.0.
 */
export function woffToSfnt(woff: Buffer, name: string): Buffer {
	if (woff.length < 44 || woff.toString('latin1', 0, 4) !== 'wOFF')
		throw new Error(`Share images: ${name} is not a WOFF 1.0 font; give the .woff file of @fontsource/inter.`);
	const flavor = woff.readUInt32BE(4);
	const count = woff.readUInt16BE(12);
	let selector = 0;
	while (2 ** (selector + 1) <= count) selector += 1;
	const searchRange = 2 ** selector * 16;
	const directory = Buffer.alloc(12 + 16 * count);
	directory.writeUInt32BE(flavor, 0);
	directory.writeUInt16BE(count, 4);
	directory.writeUInt16BE(searchRange, 6);
	directory.writeUInt16BE(selector, 8);
	directory.writeUInt16BE(count * 16 - searchRange, 10);
	const parts: Buffer[] = [directory];
	let offset = directory.length;
	for (let i = 0; i < count; i += 1) {
		const entry = 44 + i * 20;
		const start = woff.readUInt32BE(entry + 4);
		const compressed = woff.readUInt32BE(entry + 8);
		const length = woff.readUInt32BE(entry + 12);
		const stored = woff.subarray(start, start + compressed);
		const table = compressed < length ? inflateSync(stored) : stored;
		const record = 12 + 16 * i;
		directory.writeUInt32BE(woff.readUInt32BE(entry), record);
		directory.writeUInt32BE(woff.readUInt32BE(entry + 16), record + 4);
		directory.writeUInt32BE(offset, record + 8);
		directory.writeUInt32BE(length, record + 12);
		// Tables start on four-byte boundaries.
		const padding = (4 - (table.length % 4)) % 4;
		parts.push(table, Buffer.alloc(padding));
		offset += table.length + padding;
	}
	return Buffer.concat(parts);
}

/**
 * A TTF file of the WOFF font at `woffPath`, for resvg, which takes fonts as
 * files: written once into the system's temporary folder under a name made of
 * the font's hash, so every build and thread shares it and a new font version
 * gets a new file.
 */
export function ttfFileOf(woffPath: string): string {
	const woff = readFileSync(woffPath);
	const file = join(tmpdir(), `sinergi-font-${createHash('sha256').update(woff).digest('hex').slice(0, 16)}.ttf`);
	if (!existsSync(file)) {
		// Written beside and renamed, so a parallel build never reads half a file.
		const partial = `${file}.${process.pid}.partial`;
		writeFileSync(partial, woffToSfnt(woff, woffPath));
		renameSync(partial, file);
	}
	return file;
}
