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
	'citations.label': 'Sumber:',
	'glossary.heading': 'Daftar istilah',
	'glossary.count': 'Daftar ini memuat {n} istilah, diurutkan menurut abjad.',
	'glossary.otherLanguage': 'Dalam bahasa Inggris',
	'glossary.aliases': 'Kata lain yang sering dicari',
	'timeline.heading': 'Peristiwa',
	'footer.navLabel': 'Rujukan',
	'timeline.count': 'Daftar ini memuat {n} peristiwa, dari yang paling lama.',
	// — search —
	// — investors and open data —
	// — editors —
	// — trust and security —
	// — performance —
} as const;

/** A key of the UI dictionaries. */
export type UiKey = keyof typeof id;
