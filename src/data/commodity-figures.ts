/**
 * The key figure of each commodity as typed data, for the open data
 * (`/data/commodities.csv`): a number (or a reported range as low and high),
 * its unit, its currency when it is money, its period, its place and the
 * registry id of the source that reports it. Only figures in the fact sheet
 * (rows B and E) are here; where none is confirmed the figure is null and the
 * note says so. The prose of each figure stays in the profile's frontmatter
 * (`keyFigure.text`), which the profile page shows.
 */
import type { Bilingual } from '../i18n/locales';

/** One commodity's key figure, typed. */
interface CommodityFigure {
	/** The low and high of a reported range; the same number twice for a single figure. */
	low: number;
	high: number;
	/** What the number counts, in English, e.g. "IDR per kilogram". */
	unit: string;
	/** ISO 4217 code when the figure is money. */
	currency?: 'IDR' | 'USD';
	/** The source says "about". */
	approximate: boolean;
	/** YYYY, YYYY-MM, YYYY-MM-DD or "start/end"; omitted when the source gives no date. */
	period?: string;
	/** Where the figure was measured; omitted when it is not tied to a place. */
	place?: string;
	/** Registry id (`src/content/sources.yaml`). */
	source: string;
	/** Prose when the profile's frontmatter has no key figure text. */
	text?: Bilingual;
}

/** A commodity's entry: its figure, or null with a note on why there is none. */
export interface CommodityFigureEntry {
	figure: CommodityFigure | null;
	note: Bilingual;
}

/** By commodity key (the profile's file name). A profile without an entry stops the build. */
export const commodityFigures: Readonly<Record<string, CommodityFigureEntry>> = {
	kratom: {
		figure: {
			low: 12000,
			high: 13000,
			unit: 'IDR per kilogram',
			currency: 'IDR',
			approximate: false,
			period: '2026-01-13',
			place: 'Kapuas Hulu, Kalimantan Barat',
			source: 'insidepontianak-kratom-2026-01-13',
		},
		note: {
			id: 'Harga di tingkat petani untuk remahan daun kering. Klaim Rp98 juta per kg (serbuk) ada di kolom klaim; lihat profilnya.',
			en: 'Farm-gate price of dried leaf crumb. The Rp98 million per kg claim (powder) is in the claim columns; see the profile.',
		},
	},
	'krayan-rice': {
		figure: null,
		note: {
			id: 'Tidak ada angka produksi atau ekspor yang terkonfirmasi. Sertifikat Indikasi Geografis: Januari 2012 (lihat key_figure_date).',
			en: 'No production or export figure is confirmed. Geographical Indication certificate: January 2012 (see key_figure_date).',
		},
	},
	'mud-crab': {
		figure: {
			low: 16168735,
			high: 16168735,
			unit: 'live mud crabs (count)',
			approximate: false,
			period: '2023',
			place: 'Tarakan, Kalimantan Utara',
			source: 'karantina-kepiting',
		},
		note: {
			id: 'Jumlah ekor kepiting bakau hidup yang diekspor lewat Tarakan, terutama ke Malaysia (Karantina Kaltara).',
			en: 'Number of live mud crabs exported through Tarakan, mainly to Malaysia (Kaltara quarantine office).',
		},
	},
	'oil-palm': {
		figure: null,
		note: {
			id: 'Belum ada angka kelapa sawit Kaltara yang terkonfirmasi di sumber yang kami periksa.',
			en: 'No oil palm figure for Kaltara is confirmed in the sources we checked.',
		},
	},
	paulownia: {
		figure: {
			low: 260,
			high: 350,
			unit: 'kilograms per cubic metre (timber density)',
			approximate: true,
			source: 'talkingtrees-paulownia',
			text: {
				id: 'Kepadatan kayu Paulownia sekitar 260–350 kg per meter kubik.',
				en: 'Paulownia timber density, about 260–350 kg per cubic metre.',
			},
		},
		note: {
			id: 'Sifat kayu, bukan angka produksi; sumber tidak bertanggal dan tidak menyebut tempat. Tidak ada sumber tentang penanaman Paulownia di Kaltara.',
			en: 'A property of the timber, not a production figure; the source is undated and names no place. No source reports Paulownia planted in Kaltara.',
		},
	},
	clams: {
		figure: null,
		note: {
			id: 'Tidak ada data ekspor atau produksi kerang dari Kaltara yang ditemukan.',
			en: 'No export or production data for clams or other bivalves from Kaltara was found.',
		},
	},
	shrimp: {
		figure: {
			low: 7100,
			high: 7100,
			unit: 'tonnes (processed shrimp exported)',
			approximate: true,
			period: '2023',
			place: 'Kalimantan Utara',
			source: 'prokal-udang',
		},
		note: {
			id: 'Berat udang olahan yang diekspor; nilainya sekitar Rp1 triliun (sumber yang sama). Sekitar 3.000 ton ke Jepang.',
			en: 'Weight of processed shrimp exported; worth about Rp1 trillion (same source). About 3,000 tonnes went to Japan.',
		},
	},
};
