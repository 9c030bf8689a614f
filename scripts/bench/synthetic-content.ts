/**
 * Synthetic pages for the build benchmark: about 800 words each, with four
 * headed sections, a GFM table and a footnote that cites a real registry id.
 * The text is deterministic (a seeded word stream), so every engine and every
 * run builds the same pages.
 */
import type { Locale } from '../../src/i18n/locales.ts';

const WORDS: Record<Locale, readonly string[]> = {
	id: 'kerja sama provinsi perbatasan perdagangan ekspor ekonomi hijau biru komoditas petani nelayan pelabuhan jalan sungai hutan laut desa kota warga data sumber tanggal harga pasar beras kepiting udang kerang sawit bibit lahan produksi rencana anggaran dinas gubernur tahun bulan wilayah kabupaten pulau kapal gudang mutu izin pajak investasi pekerja sekolah kesehatan air listrik'.split(
		' ',
	),
	en: 'cooperation province border trade export economy green blue commodity farmer fisher port road river forest sea village town resident data source date price market rice crab shrimp shellfish palm seedling land output plan budget agency governor year month region district island ship warehouse quality permit tax investment worker school health water power'.split(
		' ',
	),
};

/** A small linear congruential generator: same seed, same text. */
function seeded(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function sentence(random: () => number, words: readonly string[], length: number): string {
	const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)] as string);
	const text = picked.join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, words: readonly string[], wordCount: number): string {
	const sentences: string[] = [];
	let left = wordCount;
	while (left > 0) {
		const length = Math.min(left, 8 + Math.floor(random() * 10));
		sentences.push(sentence(random, words, length));
		left -= length;
	}
	return sentences.join(' ');
}

/** Title and description of synthetic page `index` in one language. */
export function syntheticMeta(index: number, locale: Locale): { title: string; description: string } {
	const random = seeded(index * 7919 + (locale === 'en' ? 1 : 2));
	const words = WORDS[locale];
	const title = `${sentence(random, words, 4).slice(0, -1)} ${index}`;
	return { title, description: `${sentence(random, words, 12)} ${sentence(random, words, 6)}`.slice(0, 150) };
}

/**
 * The Markdown body of synthetic page `index`: four sections of about 190 words,
 * a three-row table in the second and one footnote citing `sourceId`.
 */
export function syntheticBody(index: number, locale: Locale, sourceId: string): string {
	const random = seeded(index * 104729 + (locale === 'en' ? 3 : 4));
	const words = WORDS[locale];
	const sections: string[] = [];
	for (let s = 1; s <= 4; s += 1) {
		const heading = sentence(random, words, 3).slice(0, -1);
		const parts = [`## ${heading} ${s}`, paragraph(random, words, 95), paragraph(random, words, 95)];
		if (s === 1) parts[1] = `${parts[1]}[^1]`;
		if (s === 2) {
			const [a, b, c] = [0, 1, 2].map(() => words[Math.floor(random() * words.length)] as string);
			parts.push(
				`| ${a} | ${b} | ${c} |\n| --- | --- | ---: |\n${[1, 2, 3].map((row) => `| ${sentence(random, words, 2)} | ${sentence(random, words, 3)} | ${row * 1250 + index} |`).join('\n')}`,
			);
		}
		sections.push(parts.join('\n\n'));
	}
	return `${sections.join('\n\n')}\n\n[^1]: @${sourceId}\n`;
}
