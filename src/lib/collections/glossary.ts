import { getCollection } from 'astro:content';
import { compareText } from '../../i18n/formats';
import { otherLocale, type Locale } from '../../i18n/locales';
import { citationLinks, type CitationLink } from './citation-links';

/** One glossary term as a page in one language shows it. */
export interface GlossaryItem {
	/** The anchor on the glossary page: `/glosarium/#umkm`. */
	id: string;
	term: string;
	definition: string;
	aliases: string[];
	/** The term in the other language, with that language's search words. */
	other: { locale: Locale; term: string; aliases: string[] };
	citations: CitationLink[];
}

/**
 * Sorts items alphabetically by term in the reader's language (Indonesian or
 * English collation, ignoring case and accents) without changing the input.
 */
function sortByTerm<T extends { term: string }>(items: readonly T[], locale: Locale): T[] {
	const compare = compareText(locale, 'names');
	return [...items].sort((a, b) => compare(a.term, b.term));
}

/** Every glossary term in one language, sorted alphabetically, with its citations. */
export async function glossaryFor(locale: Locale): Promise<GlossaryItem[]> {
	const other = otherLocale(locale);
	const entries = await getCollection('glossary');
	const items = await Promise.all(
		entries.map(async ({ data }) => ({
			id: data.id,
			term: data.term[locale],
			definition: data.definition[locale],
			aliases: data.aliases[locale],
			other: { locale: other, term: data.term[other], aliases: data.aliases[other] },
			citations: await citationLinks(
				data.sources.map((ref) => ref.id),
				locale,
				`src/content/glossary.yaml (term "${data.id}")`,
			),
		})),
	);
	return sortByTerm(items, locale);
}
