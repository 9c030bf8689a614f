/**
 * Indonesian UI strings: the reference dictionary. Every key here must exist in
 * `en.ts` too (the English dictionary is typed against this one).
 * `{name}` marks a value filled in by `t()`.
 */
export const id = {
	'site.name': 'Sinergi Kalimantan',
	'site.tagline': 'Penjelasan kesepakatan Kaltim–Kaltara, 7 Agustus 2025',
	'skip.toMain': 'Langsung ke isi',
	'nav.label': 'Navigasi utama',
	'nav.home': 'Beranda',
	'lang.switchLabel': 'Bahasa',
	'lang.switchTo': 'Baca dalam bahasa Inggris',
	'lang.switchShort': 'English',
	'summary.heading': 'Ringkasan',
	'sources.heading': 'Sumber',
	'sources.intro': 'Halaman ini memakai sumber berikut. Jenis sumber ditulis di tiap entri.',
	'sources.undated': 'tanpa tanggal',
	'sources.kind.official': 'resmi',
	'sources.kind.news': 'berita',
	'sources.kind.advertorial': 'advertorial',
	'sources.kind.reference': 'rujukan',
	'registry.heading': 'Semua sumber',
	'registry.count': 'Daftar ini memuat {n} sumber, dikelompokkan menurut jenisnya.',
	'registry.kind.official': 'Sumber resmi',
	'registry.kind.news': 'Berita',
	'registry.kind.advertorial': 'Advertorial pemerintah',
	'registry.kind.reference': 'Rujukan',
	'footnotes.heading': 'Catatan kaki',
	'footnotes.backLabel': 'Kembali ke rujukan {n}',
	'meta.updated': 'Diperbarui',
	'footer.about': 'Situs penjelas independen, bukan situs resmi pemerintah.',
	'footer.licence': 'Isi: CC BY 4.0. Kode: MIT.',
	'notFound.title': 'Halaman tidak ditemukan',
	'notFound.body': 'Alamat ini tidak ada di situs ini. Mungkin tautannya salah ketik atau halamannya sudah pindah.',
	'notFound.home': 'Kembali ke beranda',
	'notFound.other': 'Page not found? Go to the English home page',
	// Strings by area: add new keys under the area's heading, in both files.
	// — knowledge base —
	// — search —
	'search.open': 'Cari',
	'search.shortcut': 'Ctrl K',
	'search.label': 'Cari di situs ini',
	'search.submit': 'Cari',
	'search.dialogTitle': 'Cari di Sinergi Kalimantan',
	'search.close': 'Tutup',
	'search.hint': 'Ketik kata, misalnya kepiting, ekspor atau UMKM. Panah bawah memilih hasil, Esc menutup.',
	'search.loading': 'Memuat pencarian…',
	'search.count': '{n} hasil untuk “{q}”',
	'search.countOne': '1 hasil untuk “{q}”',
	'search.empty': 'Tidak ada hasil untuk “{q}”.',
	'search.emptyGlossary': 'Lihat glosarium untuk istilah dan padanannya',
	'search.emptyOther': 'Cari “{q}” di situs bahasa Inggris',
	'search.error': 'Pencarian gagal dimuat. Muat ulang halaman atau buka daftar semua halaman.',
	'search.results': 'Hasil pencarian',
	'search.filters': 'Saring hasil',
	'search.filter.topic': 'Topik',
	'search.filter.audience': 'Pembaca',
	'search.filter.economy': 'Ekonomi',
	'search.filter.province': 'Provinsi',
	'search.topic.agreement': 'Kesepakatan',
	'search.topic.trade': 'Perdagangan dan ekspor',
	'search.topic.green-economy': 'Ekonomi hijau',
	'search.topic.blue-economy': 'Ekonomi biru',
	'search.topic.border': 'Perbatasan',
	'search.topic.ikn': 'IKN',
	'search.topic.provinces': 'Provinsi',
	'search.topic.commodities': 'Komoditas',
	'search.topic.reference': 'Rujukan',
	'search.audience.citizen': 'Warga',
	'search.audience.investor': 'Investor',
	'search.economy.green': 'Ekonomi hijau',
	'search.economy.blue': 'Ekonomi biru',
	'search.province.kaltim': 'Kalimantan Timur',
	'search.province.kaltara': 'Kalimantan Utara',
	'search.province.kalbar': 'Kalimantan Barat',
	'search.noScript': 'Pencarian membutuhkan JavaScript. Tanpa JavaScript, pakai daftar semua halaman di bawah ini.',
	'search.allPages': 'Semua halaman',
	'search.allPagesIntro': 'Daftar lengkap halaman situs ini dalam bahasa Indonesia, menurut abjad.',
	// — investors and open data —
	// — editors —
	// — trust and security —
	// — performance —
} as const;

/** A key of the UI dictionaries. */
export type UiKey = keyof typeof id;
