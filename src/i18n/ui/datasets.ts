import type { Bilingual } from '../locales';

/**
 * What each open dataset is and what each of its columns means, in both languages side by side:
 * the words of `/data/*.json`, `datapackage.json`, the open data page's column tables and the
 * charts' READMEs. The builders in `src/lib/collections/` declare each column's type against these
 * keys, so a column without a meaning here, or a meaning without its column, is a type error.
 */

const both = (id: string, en: string): Bilingual => ({ id, en });

/** A dataset's words: its title and description (the chart downloads take theirs from the chart) and its columns' meanings. */
interface DatasetWords {
	title?: Bilingual;
	description?: Bilingual;
	fields: Record<string, Bilingual>;
}

/**
 * The datasets' words by dataset. `ratings` holds the columns the claims and the commitments share
 * (the `rating` meaning is followed by the scale, spelled out from `rating-scales.ts`); `charts` the
 * columns of every chart's CSV.
 */
export const datasetWords = {
	commodities: {
		title: both('Komoditas dalam kesepakatan Kaltim–Kaltara', 'Commodities in the Kaltim–Kaltara agreement'),
		description: both(
			'Komoditas yang disebut saat penandatanganan 7 Agustus 2025: sektor, ekonomi hijau atau biru, provinsi, klaim yang diucapkan dan angka yang dikonfirmasi sumber.',
			'Commodities named at the signing on 7 August 2025: sector, green or blue economy, provinces, what was claimed and the figure sources confirm.',
		),
		fields: {
			key: both('Kunci tetap komoditas (nama berkas).', 'Stable key of the commodity (its file name).'),
			name_id: both('Nama dalam bahasa Indonesia.', 'Name in Indonesian.'),
			name_en: both('Nama dalam bahasa Inggris.', 'Name in English.'),
			sector: both('Sektor.', 'Sector.'),
			economy: both('Ekonomi hijau (green) atau biru (blue).', 'Green or blue economy.'),
			provinces: both('Provinsi terkait (kode).', 'Provinces it is tied to (codes).'),
			claim_speaker_id: both(
				'Siapa yang membuat klaim saat penandatanganan (ID); kosong bila tidak ada.',
				'Who made the claim at the signing (Indonesian); empty if none.',
			),
			claim_speaker_en: both('Siapa yang membuat klaim (EN).', 'Who made the claim (English).'),
			claim_text_id: both(
				'Isi klaim (ID). Klaim belum tentu benar: lihat halaman profil.',
				'The claim (Indonesian). A claim is not a confirmed fact: see the profile page.',
			),
			claim_text_en: both('Isi klaim (EN).', 'The claim (English).'),
			claim_source: both('Id sumber klaim di sources.', 'Registry id of the claim’s source (see the sources dataset).'),
			key_figure_id: both(
				'Angka utama yang dikonfirmasi sumber, sebagai kalimat (ID).',
				'Key figure confirmed by a source, as a sentence (Indonesian).',
			),
			key_figure_en: both(
				'Angka utama yang dikonfirmasi sumber, sebagai kalimat (EN).',
				'Key figure confirmed by a source, as a sentence (English).',
			),
			key_figure_date: both(
				'Tanggal angka utama seperti ditulis profil (YYYY, YYYY-MM atau YYYY-MM-DD).',
				'Date of the key figure as the profile writes it (YYYY, YYYY-MM or YYYY-MM-DD).',
			),
			key_figure_low: both(
				'Angka utama sebagai bilangan; untuk rentang, batas bawahnya. Kosong bila tidak ada angka terkonfirmasi.',
				'The key figure as a number; for a range, its low end. Empty when no figure is confirmed.',
			),
			key_figure_high: both(
				'Batas atas rentang; sama dengan key_figure_low untuk satu angka.',
				'High end of a range; the same as key_figure_low for a single figure.',
			),
			unit: both('Satuan angka (bahasa Inggris).', 'What the number counts (English).'),
			currency: both(
				'Mata uang (ISO 4217) bila angkanya uang; kosong bila bukan.',
				'Currency (ISO 4217) when the figure is money; empty when it is not.',
			),
			approximate: both('Sumber menyebut "sekitar".', 'The source says "about".'),
			period_start: both('Awal periode angka (YYYY-MM-DD).', 'First day of the period (YYYY-MM-DD).'),
			period_end: both('Akhir periode angka (YYYY-MM-DD).', 'Last day of the period (YYYY-MM-DD).'),
			place: both('Tempat angka itu diukur.', 'Where the figure was measured.'),
			source_id: both(
				'Id sumber angka utama di dataset sources.',
				'Registry id of the key figure’s source (see the sources dataset).',
			),
			source_url: both('Alamat artikel sumber angka utama.', 'Address of the key figure’s source article.'),
			checked: both(
				'Tanggal fakta profil terakhir diperiksa terhadap sumbernya.',
				'When the profile’s facts were last checked against their sources.',
			),
			notes_id: both('Catatan tentang angka (ID).', 'Notes on the figure (Indonesian).'),
			notes_en: both('Catatan tentang angka (EN).', 'Notes on the figure (English).'),
			updated: both(
				'Tanggal profil terakhir diperbarui (YYYY-MM-DD).',
				'When the profile was last updated (YYYY-MM-DD).',
			),
			url_id: both('Halaman profil (ID).', 'Profile page (Indonesian).'),
			url_en: both('Halaman profil (EN).', 'Profile page (English).'),
		},
	},
	glossary: {
		title: both('Glosarium', 'Glossary'),
		description: both('Istilah dan definisinya dalam dua bahasa.', 'Terms and their definitions in both languages.'),
		fields: {
			id: both('Kunci tetap istilah.', 'Stable key of the term.'),
			term_id: both('Istilah (ID).', 'Term (Indonesian).'),
			term_en: both('Istilah (EN).', 'Term (English).'),
			definition_id: both('Definisi (ID).', 'Definition (Indonesian).'),
			definition_en: both('Definisi (EN).', 'Definition (English).'),
			aliases_id: both('Kata lain untuk pencarian (ID).', 'Other words for search (Indonesian).'),
			aliases_en: both('Kata lain untuk pencarian (EN).', 'Other words for search (English).'),
			sources: both('Id sumber di dataset sources.', 'Registry ids of its sources.'),
		},
	},
	sources: {
		title: both('Daftar sumber', 'Source registry'),
		description: both(
			'Semua sumber yang dikutip situs ini, dengan jenisnya.',
			'Every source the site cites, with its kind.',
		),
		fields: {
			id: both('Id sumber, dipakai di dataset lain.', 'Source id, used by the other datasets.'),
			title: both(
				'Judul artikel seperti diterbitkan; kosong bila judulnya tidak kami ketahui (sumber itu dikenali dari penerbit, tanggal dan alamatnya).',
				'The headline as published; empty when we do not know it (the source is known by its publisher, date and address).',
			),
			publisher: both('Penerbit.', 'Publisher.'),
			url: both(
				'Alamat artikel itu sendiri, bukan halaman depan situs.',
				"Address of the article itself, not a site's home page.",
			),
			date: both(
				'Tanggal (YYYY, YYYY-MM atau YYYY-MM-DD), artinya dijelaskan date_from; kosong bila sumber tanpa tanggal.',
				'Date (YYYY, YYYY-MM or YYYY-MM-DD), its meaning given by date_from; empty when the source is undated.',
			),
			date_from: both(
				'Arti tanggal: publication (tanggal terbit), event (halaman tidak menampilkan tanggal terbit, jadi tanggal peristiwa yang diberitakan) atau undated (tanpa tanggal).',
				'What the date is: publication (publication date), event (the page shows no publication date, so the date of the event reported) or undated.',
			),
			kind: both('Jenis sumber.', 'Kind of source.'),
			note_id: both('Catatan (ID).', 'Note (Indonesian).'),
			note_en: both('Catatan (EN).', 'Note (English).'),
		},
	},
	timeline: {
		title: both('Lini masa', 'Timeline'),
		description: both('Peristiwa bertanggal, masing-masing dengan sumbernya.', 'Dated events, each with its sources.'),
		fields: {
			id: both('Kunci tetap peristiwa.', 'Stable key of the event.'),
			date: both('Tanggal (YYYY, YYYY-MM atau YYYY-MM-DD).', 'Date (YYYY, YYYY-MM or YYYY-MM-DD).'),
			title_id: both('Peristiwa (ID).', 'Event (Indonesian).'),
			title_en: both('Peristiwa (EN).', 'Event (English).'),
			text_id: both('Keterangan (ID).', 'Details (Indonesian).'),
			text_en: both('Keterangan (EN).', 'Details (English).'),
			sources: both('Id sumber di dataset sources.', 'Registry ids of its sources.'),
		},
	},
	claims: {
		title: both('Cek fakta: klaim saat penandatanganan', 'Fact checks: claims made at the signing'),
		description: both(
			'Ucapan saat penandatanganan 7 Agustus 2025 yang kami periksa terhadap sumber, dengan label, alasan dan bukti. Kami menilai hasil, bukan niat.',
			'Statements made at the signing on 7 August 2025, checked against the sources, with verdict, reason and evidence. We rate results, not intentions.',
		),
		fields: {
			id: both('Kunci tetap klaim.', 'Stable key of the claim.'),
			headline_id: both('Klaim singkat (ID).', 'The claim in brief (Indonesian).'),
			headline_en: both('Klaim singkat (EN).', 'The claim in brief (English).'),
			speaker_id: both('Siapa dan perannya (ID).', 'Who, and in what role (Indonesian).'),
			speaker_en: both('Siapa dan perannya (EN).', 'Who, and in what role (English).'),
			date: both('Kapan diucapkan.', 'When it was said.'),
			form: both(
				'direct: kutipan langsung; indirect: kalimat tidak langsung laporan; article: kalimat artikel.',
				"direct: his quoted words; indirect: a report's paraphrase; article: the report's own sentence.",
			),
			words: both(
				'Kata-kata seperti dilaporkan, dalam bahasa aslinya.',
				'The words as reported, in the original language.',
			),
			words_language: both('Bahasa kata-kata itu.', 'Language of the words.'),
			words_translation: both('Terjemahan kata-kata itu.', 'Translation of the words.'),
			words_source: both('Id sumber kata-kata di dataset sources.', 'Registry id of the report of the words.'),
			evidence: both('Id sumber bukti di dataset sources.', 'Registry ids of the evidence.'),
			url_id: both('Cek fakta lengkap (ID).', 'The full check (Indonesian).'),
			url_en: both('Cek fakta lengkap (EN).', 'The full check (English).'),
		},
	},
	commitments: {
		title: both('Pelacak komitmen sejak penandatanganan', 'Tracker of commitments since the signing'),
		description: both(
			'Hal yang dikatakan saat penandatanganan 7 Agustus 2025 dan bisa dipastikan terlaksana oleh laporan: status, bukti bertanggal, konteks dan riwayat penilaian. Konteks tidak dihitung sebagai kemajuan.',
			'Things said at the signing on 7 August 2025 that a report could show carried out: status, dated evidence, context and rating history. Context never counts as progress.',
		),
		fields: {
			id: both('Kunci tetap komitmen.', 'Stable key of the commitment.'),
			area_id: both('Bidang (ID).', 'Area (Indonesian).'),
			area_en: both('Bidang (EN).', 'Area (English).'),
			said_id: both('Yang dikatakan (ID).', 'What was said (Indonesian).'),
			said_en: both('Yang dikatakan (EN).', 'What was said (English).'),
			said_source: both('Id sumber di dataset sources.', 'Registry id of the report.'),
			evidence_id: both('Bukti bertanggal (ID), "tanggal: teks".', 'Dated evidence (Indonesian), "date: text".'),
			evidence_en: both('Bukti bertanggal (EN).', 'Dated evidence (English).'),
			context_id: both(
				'Konteks, tidak dikaitkan dengan kesepakatan (ID).',
				'Context, not tied to the agreement (Indonesian).',
			),
			context_en: both('Konteks (EN).', 'Context (English).'),
			sources: both('Id sumber bukti dan konteks.', 'Registry ids behind the evidence and context.'),
			url_id: both('Bagian di pelacak (ID).', 'Its section on the tracker (Indonesian).'),
			url_en: both('Bagian di pelacak (EN).', 'Its section on the tracker (English).'),
		},
	},
	ratings: {
		fields: {
			rating: both('Penilaian.', 'Rating.'),
			rating_label_id: both('Label penilaian (ID).', 'Rating label (Indonesian).'),
			rating_label_en: both('Label penilaian (EN).', 'Rating label (English).'),
			reason_id: both('Alasan satu baris (ID).', 'One-line reason (Indonesian).'),
			reason_en: both('Alasan satu baris (EN).', 'One-line reason (English).'),
			rated_as_of: both(
				'Tanggal penilaian (YYYY-MM-DD); penilaian tidak pernah final.',
				'When it was rated (YYYY-MM-DD); a rating is never final.',
			),
			history: both(
				'Setiap penilaian, terlama dulu, sebagai "tanggal penilaian".',
				'Every rating, oldest first, as "date rating".',
			),
		},
	},
	charts: {
		fields: {
			chart: both('Id grafik.', 'Chart id.'),
			label_id: both('Label angka (ID).', 'Label of the figure (Indonesian).'),
			label_en: both('Label angka (EN).', 'Label of the figure (English).'),
			value_low: both(
				'Angka; untuk rentang yang dilaporkan, batas bawahnya.',
				'The figure; for a reported range, its low end.',
			),
			value_high: both(
				'Batas atas rentang; sama dengan value_low untuk satu angka.',
				'High end of a range; equal to value_low for one figure.',
			),
			unit: both('Satuan angka (EN).', 'What the number counts (English).'),
			currency: both('Mata uang (ISO 4217); kosong bila bukan uang.', 'Currency (ISO 4217); empty when not money.'),
			approximate: both('Sumber menyebut "sekitar".', 'The source says "about".'),
			claim: both('Klaim yang diucapkan, bukan angka terkonfirmasi.', 'A claim that was made, not a confirmed figure.'),
			period_start: both('Awal periode (YYYY-MM-DD).', 'First day of the period (YYYY-MM-DD).'),
			period_end: both('Akhir periode (YYYY-MM-DD).', 'Last day of the period (YYYY-MM-DD).'),
			place: both('Tempat angka diukur atau diucapkan.', 'Where the figure was measured or said.'),
			detail_id: both('Keterangan (ID), mis. bentuk produk.', 'Detail (Indonesian), e.g. the product form.'),
			detail_en: both('Keterangan (EN).', 'Detail (English).'),
			source_id: both('Id sumber di dataset sources.', 'Registry id of the source (sources dataset).'),
			source_url: both('Alamat artikel sumber.', 'Address of the source article.'),
			checked: both('Tanggal angka diperiksa terhadap sumbernya.', 'When the figure was checked against its source.'),
		},
	},
} satisfies Record<string, DatasetWords>;

/**
 * The bilingual lines of a chart's README (`/data/charts/<id>-README.txt`), which shows each
 * language's words side by side, "Satuan / Unit".
 */
export const chartReadmeWords = {
	unit: both('Satuan', 'Unit'),
	period: both('Periode', 'Period'),
	currency: both('Mata uang', 'Currency'),
	scale: both('Skala', 'Scale'),
	logScale: both(
		'logaritmik; tiap garis bantu sepuluh kali garis sebelumnya.',
		'logarithmic; each guide line is ten times the one before.',
	),
	checked: both('Diperiksa', 'Checked'),
	sources: both('Sumber', 'Sources'),
	whatToKnow: both('Yang perlu diketahui', 'What to know'),
	range: both(
		'Rentang yang dilaporkan ada di value_low dan value_high; satu angka mengisi keduanya.',
		'A reported range is in value_low and value_high; a single figure fills both.',
	),
	numbers: both(
		'Angka memakai titik desimal, tanpa pemisah ribuan.',
		'Numbers use a decimal point and no thousands separator.',
	),
	csvFile: both(
		'Berkas CSV: UTF-8 dengan BOM, baris CRLF, pemisah koma.',
		'CSV file: UTF-8 with BOM, CRLF line ends, comma-separated.',
	),
	columns: both('Kolom', 'Columns'),
	howToCite: both('Cara mengutip', 'How to cite'),
	licence: both('Lisensi', 'Licence'),
	/** The README's citation, one line per language, with plain quotes (a text file). */
	citation: both(
		'{site}, "{title}" [set data], {licence}, {url}, diakses [tanggal].',
		'{site}, "{title}" [dataset], {licence}, {url}, accessed [date].',
	),
} satisfies Record<string, Bilingual>;
