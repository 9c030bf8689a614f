import type { Locale } from '../../i18n/locales';

/** One letter of the glossary's A–Z index and the first term under it. */
export interface IndexLetter {
	letter: string;
	firstId: string;
}

/**
 * The A–Z index of terms already sorted by the page's language: each first letter (accents
 * folded, so "É" files under "E"; digits under "#") with the anchor of its first term.
 */
export function azIndex(items: readonly { id: string; term: string }[], locale: Locale): IndexLetter[] {
	const letters: IndexLetter[] = [];
	for (const item of items) {
		const first = item.term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase(locale);
		const letter = /\p{L}/u.test(first) ? first : '#';
		if (!letters.some((known) => known.letter === letter)) letters.push({ letter, firstId: item.id });
	}
	return letters;
}
