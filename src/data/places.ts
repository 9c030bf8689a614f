/**
 * The places the map shows, with why each matters (from the vetted facts, with
 * registry ids) and where its coordinates come from.
 *
 * Coordinates: approximate town-centre positions in decimal degrees (WGS 84),
 * rounded to 0.01° (about 1 km), read from the coordinates given at the top of
 * each place's Wikipedia article (named per place below). For Tanjung Palas Timur the
 * point is the coastal Tanah Kuning–Mangkupadi area where the industrial estate
 * is planned, at district precision (0.1°). Good enough for a locator map, not
 * for navigation.
 */
import type { Bilingual } from '../lib/bilingual';

/** Where a label sits relative to its marker, so neighbouring labels do not collide. */
export type LabelSide = 'left' | 'right';

/** One place on the map. */
export interface Place {
	/** Stable key, used as the anchor of its list item. */
	key: string;
	/** The place's name; the same in both languages. */
	name: string;
	/** Longitude and latitude in decimal degrees (WGS 84). */
	lon: number;
	lat: number;
	/** Why the place matters for the agreement, one or two sentences per language. */
	why: Bilingual;
	/** Registry ids (`src/content/sources.yaml`) that support `why`. */
	sources: readonly string[];
	/** Where the coordinates were read. */
	coordinates: { title: string; url: string };
	label: LabelSide;
}

/** The places, north to south. */
export const places: readonly Place[] = [
	{
		key: 'nunukan',
		name: 'Nunukan',
		lon: 117.66,
		lat: 4.14,
		why: {
			id: 'Kabupaten Nunukan adalah salah satu dari lima kabupaten/kota Kaltara; Krayan termasuk kabupaten ini.',
			en: 'Nunukan Regency is one of the five regencies and cities of Kaltara; Krayan belongs to it.',
		},
		sources: ['setkab-uu-20-2012', 'antara-kaltim-krayan-transport'],
		coordinates: { title: 'Wikipedia: Nunukan', url: 'https://en.wikipedia.org/wiki/Nunukan' },
		label: 'right',
	},
	{
		key: 'krayan',
		name: 'Krayan (Long Bawan)',
		lon: 115.69,
		lat: 3.9,
		why: {
			id: 'Asal Beras Adan Krayan, yang disebut bisa diekspor lewat Balikpapan. Krayan berbatasan langsung dengan Sarawak dan dicapai lewat udara; bandaranya, Long Bawan, ada di Krayan.',
			en: 'Home of Adan Krayan rice, named for export through Balikpapan. Krayan borders Sarawak directly and is reached by air; its airport, Long Bawan, is in Krayan.',
		},
		sources: ['diskominfo-kaltim-2025', 'distan-nunukan-beras-adan-2012', 'antara-kaltim-krayan-transport'],
		coordinates: { title: 'Wikipedia: Long Bawan', url: 'https://en.wikipedia.org/wiki/Long_Bawan' },
		label: 'left',
	},
	{
		key: 'malinau',
		name: 'Malinau',
		lon: 116.63,
		lat: 3.58,
		why: {
			id: 'Kabupaten Malinau adalah salah satu kabupaten Kaltara. Peletakan batu pertama PLTA Mentarang Induk di Malinau dilakukan pada 1 Maret 2023; per awal 2026 kami tidak menemukan laporan bahwa PLTA ini sudah beroperasi.',
			en: 'Malinau Regency is one of the regencies of Kaltara. Ground was broken for the Mentarang Induk hydropower plant in Malinau on 1 March 2023; as of early 2026 we found no report that it is operating.',
		},
		sources: ['setkab-uu-20-2012', 'kompas-mentarang-2023-03-01'],
		coordinates: { title: 'Wikipedia: Malinau', url: 'https://en.wikipedia.org/wiki/Malinau' },
		label: 'left',
	},
	{
		key: 'tarakan',
		name: 'Tarakan',
		lon: 117.63,
		lat: 3.3,
		why: {
			id: 'Tempat penandatanganan kesepakatan pada 7 Agustus 2025 dan kota terbesar di Kaltara. Pada 2023, 16,17 juta ekor kepiting bakau hidup diekspor lewat Tarakan.',
			en: 'Where the agreement was signed on 7 August 2025, and the largest city of Kaltara. In 2023, 16.17 million live mud crabs were exported through Tarakan.',
		},
		sources: ['diskominfo-kaltim-2025', 'wikipedia-north-kalimantan', 'karantina-kepiting'],
		coordinates: { title: 'Wikipedia: Tarakan, North Kalimantan', url: 'https://en.wikipedia.org/wiki/Tarakan,_North_Kalimantan' },
		label: 'right',
	},
	{
		key: 'tanjung-selor',
		name: 'Tanjung Selor',
		lon: 117.37,
		lat: 2.84,
		why: {
			id: 'Ibu kota Provinsi Kalimantan Utara, di Kabupaten Bulungan (UU No. 20 Tahun 2012).',
			en: 'Capital of North Kalimantan province, in Bulungan Regency (Law No. 20 of 2012).',
		},
		sources: ['setkab-uu-20-2012'],
		coordinates: { title: 'Wikipedia: Tanjung Selor', url: 'https://en.wikipedia.org/wiki/Tanjung_Selor' },
		label: 'left',
	},
	{
		key: 'tanjung-palas-timur',
		name: 'Tanjung Palas Timur',
		lon: 117.7,
		lat: 2.6,
		why: {
			id: 'Lokasi Kawasan Industri Hijau di Tanah Kuning–Mangkupadi, Bulungan, yang disebut Gubernur Kaltim sebagai calon mitra strategis; per Mei 2022 termasuk Proyek Strategis Nasional.',
			en: 'Site of the Green Industrial Zone at Tanah Kuning–Mangkupadi, Bulungan, which the governor of Kaltim named as a possible strategic partner; a National Strategic Project as of May 2022.',
		},
		sources: ['diskominfo-kaltim-2025', 'cnnindonesia-2022-05-23'],
		coordinates: { title: 'Wikipedia: Tanjung Palas Timur', url: 'https://id.wikipedia.org/wiki/Tanjung_Palas_Timur,_Bulungan' },
		label: 'right',
	},
	{
		key: 'samarinda',
		name: 'Samarinda',
		lon: 117.15,
		lat: -0.5,
		why: {
			id: 'Ibu kota Provinsi Kalimantan Timur.',
			en: 'Capital of East Kalimantan province.',
		},
		sources: ['metronusanews-balikpapan'],
		coordinates: { title: 'Wikipedia: Samarinda', url: 'https://en.wikipedia.org/wiki/Samarinda' },
		label: 'right',
	},
	{
		key: 'ikn',
		name: 'IKN',
		lon: 116.7,
		lat: -0.97,
		why: {
			id: 'Ibu Kota Nusantara, ibu kota negara yang ditetapkan UU No. 3 Tahun 2022, di sebagian Penajam Paser Utara dan Kutai Kartanegara. Gubernur Kaltim mengajak Kalimantan menjadi lebih dari sekadar penyangga IKN.',
			en: 'Ibu Kota Nusantara, the designated national capital (Law No. 3 of 2022), in parts of Penajam Paser Utara and Kutai Kartanegara. The governor of Kaltim called on Kalimantan to be more than a buffer for IKN.',
		},
		sources: ['peraturan-uu-3-2022', 'diskominfo-kaltim-2025'],
		coordinates: { title: 'Wikipedia: Nusantara (city)', url: 'https://en.wikipedia.org/wiki/Nusantara_(city)' },
		label: 'left',
	},
	{
		key: 'balikpapan',
		name: 'Balikpapan',
		lon: 116.83,
		lat: -1.27,
		why: {
			id: 'Tempat Export Center Balikpapan, diresmikan 1 Agustus 2025 dan ditawarkan Kaltim kepada Kaltara saat penandatanganan. Kota terdekat dengan IKN (sekitar 89 km).',
			en: 'Home of Export Center Balikpapan, opened on 1 August 2025, which Kaltim offered to Kaltara at the signing. The city nearest IKN (about 89 km).',
		},
		sources: ['kaltimdaily-2025', 'diskominfo-kaltim-2025', 'rizaleffendi-2024'],
		coordinates: { title: 'Wikipedia: Balikpapan', url: 'https://en.wikipedia.org/wiki/Balikpapan' },
		label: 'left',
	},
];
