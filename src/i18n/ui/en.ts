import type { UiKey } from './id';

/** English UI strings. A key missing here, or one that Indonesian lacks, is a type error. */
export const en: Record<UiKey, string> = {
	'site.name': 'Sinergi Kalimantan',
	'site.tagline': 'Explaining the Kaltim–Kaltara agreement of 7 August 2025',
	'skip.toMain': 'Skip to content',
	'nav.label': 'Main navigation',
	'nav.home': 'Home',
	'lang.switchLabel': 'Language',
	'lang.switchTo': 'Baca dalam Bahasa Indonesia',
	'lang.switchShort': 'Bahasa Indonesia',
	'summary.heading': 'In short',
	'sources.heading': 'Sources',
	'sources.intro': 'This page uses the sources below. Each entry says what kind of source it is.',
	'sources.undated': 'undated',
	'sources.kind.official': 'official',
	'sources.kind.news': 'news',
	'sources.kind.advertorial': 'advertorial',
	'sources.kind.reference': 'reference',
	'registry.heading': 'All sources',
	'registry.count': 'This list holds {n} sources, grouped by kind.',
	'registry.kind.official': 'Official sources',
	'registry.kind.news': 'News',
	'registry.kind.advertorial': 'Government advertorials',
	'registry.kind.reference': 'Reference',
	'footnotes.heading': 'Notes',
	'footnotes.backLabel': 'Back to reference {n}',
	'meta.updated': 'Updated',
	'footer.about': 'An independent explainer, not an official government site.',
	'footer.licence': 'Content: CC BY 4.0. Code: MIT.',
	'notFound.title': 'Page not found',
	'notFound.body': 'This address does not exist on this site. The link may have a typo, or the page may have moved.',
	'notFound.home': 'Back to the home page',
	'notFound.other': 'Halaman tidak ditemukan? Buka beranda bahasa Indonesia',
	// Strings by area: add new keys under the area's heading, in both files.
	// — knowledge base —
	'citations.label': 'Sources:',
	'glossary.heading': 'Terms',
	'glossary.count': 'This list holds {n} terms in alphabetical order.',
	'glossary.otherLanguage': 'In Indonesian',
	'glossary.aliases': 'Other words readers search for',
	'timeline.heading': 'Events',
	'footer.navLabel': 'Reference',
	'timeline.count': 'This list holds {n} events, oldest first.',
	// — search —
	// — investors and open data —
	// — editors —
	// — trust and security —
	// — performance —
};
