import type { Bilingual, Locale } from '../locales';

/**
 * The two rating scales of the fact checks and the commitment tracker, with
 * their labels and definitions in both languages: the one place every page,
 * share text, open-data file and feed entry takes them from. The order of each
 * list is the order the sources page explains them in.
 */

/** What the sources say about words spoken at the signing. */
export const claimRatings = ['sesuai', 'sebagian', 'tidak-didukung', 'belum-bisa'] as const;
/** What was reported since 7 August 2025 that carries out what was said. */
export const commitmentRatings = [
	'belum-ada-laporan',
	'langkah-awal',
	'berjalan',
	'terlaksana',
	'mandek',
	'terlalu-samar',
] as const;

export type ClaimRating = (typeof claimRatings)[number];
type CommitmentRating = (typeof commitmentRatings)[number];
export type Rating = ClaimRating | CommitmentRating;

/** A rating's label and its definition, per language. */
interface RatingText {
	label: Bilingual;
	definition: Bilingual;
}

const ratingTexts: Record<Rating, RatingText> = {
	sesuai: {
		label: { id: 'Sesuai sumber', en: 'Matches the sources' },
		definition: {
			id: 'Sumber yang kami periksa mendukung ucapan itu.',
			en: 'The sources we checked support the words.',
		},
	},
	sebagian: {
		label: { id: 'Sebagian sesuai', en: 'Partly matches' },
		definition: {
			id: 'Sebagian ucapan didukung sumber; sebagian lain tidak, atau tidak bisa diperiksa.',
			en: 'Part of the words is supported by the sources; another part is not, or cannot be checked.',
		},
	},
	'tidak-didukung': {
		label: { id: 'Tidak didukung sumber', en: 'Not supported by the sources' },
		definition: {
			id: 'Tidak ada sumber yang mendukungnya, atau sumber yang kami temukan menunjukkan sebaliknya.',
			en: 'No source supports it, or the sources we found point the other way.',
		},
	},
	'belum-bisa': {
		label: { id: 'Belum bisa diperiksa', en: 'Cannot be checked yet' },
		definition: {
			id: 'Informasi yang dibutuhkan belum dipublikasikan.',
			en: 'The information needed is not public.',
		},
	},
	'belum-ada-laporan': {
		label: { id: 'Belum ada laporan', en: 'No report found' },
		definition: {
			id: 'Kami tidak menemukan laporan tentang langkah apa pun sejak 7 Agustus 2025.',
			en: 'We found no report of any step since 7 August 2025.',
		},
	},
	'langkah-awal': {
		label: { id: 'Langkah awal', en: 'First steps' },
		definition: {
			id: 'Ada laporan tentang dokumen, rapat, anggaran, atau rencana; belum ada hasil.',
			en: 'A document, meeting, budget or plan was reported; no result yet.',
		},
	},
	berjalan: {
		label: { id: 'Berjalan', en: 'Under way' },
		definition: {
			id: 'Ada laporan tentang pekerjaan di lapangan atau pengiriman barang.',
			en: 'Work on the ground or shipments were reported.',
		},
	},
	terlaksana: {
		label: { id: 'Terlaksana', en: 'Done' },
		definition: { id: 'Ada laporan bahwa hasilnya sudah tercapai.', en: 'The result was reported achieved.' },
	},
	mandek: {
		label: { id: 'Mandek', en: 'Stalled' },
		definition: {
			id: 'Ada laporan tentang satu langkah, lalu laporan bahwa langkah itu berhenti atau melewati tenggatnya.',
			en: 'A step was reported, then a report that it stopped or missed its date.',
		},
	},
	'terlalu-samar': {
		label: { id: 'Terlalu samar untuk dinilai', en: 'Too vague to rate' },
		definition: {
			id: 'Ucapannya tidak menyebut hasil yang bisa dipastikan oleh sebuah laporan.',
			en: 'The words name no result a report could confirm.',
		},
	},
};

/** The label of a rating in a language, e.g. "Tidak didukung sumber". */
export function ratingLabel(rating: Rating, locale: Locale): string {
	return ratingTexts[rating].label[locale];
}

/** The definition of a rating in a language. */
export function ratingDefinition(rating: Rating, locale: Locale): string {
	return ratingTexts[rating].definition[locale];
}

/**
 * The tone a verdict badge takes (colour only supports the words): whether the
 * rating is good news, bad news or neither for what was said.
 */
export function ratingTone(rating: Rating): 'positive' | 'mixed' | 'negative' | 'neutral' {
	if (rating === 'sesuai' || rating === 'terlaksana' || rating === 'berjalan') return 'positive';
	if (rating === 'sebagian' || rating === 'langkah-awal') return 'mixed';
	if (rating === 'tidak-didukung' || rating === 'mandek') return 'negative';
	return 'neutral';
}

/** A claim rating's place on an ordinal scale for schema.org (1 worst, 3 best); none for "cannot be checked yet". */
export function claimRatingValue(rating: ClaimRating): number | undefined {
	return { 'tidak-didukung': 1, sebagian: 2, sesuai: 3, 'belum-bisa': undefined }[rating];
}
