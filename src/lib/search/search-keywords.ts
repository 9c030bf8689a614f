import { locales, otherLocale, type Locale } from '../../i18n/locales';
import { glossaryMatcher, glossaryMentions, normalisePhrase, type GlossaryMatcher } from '../markdown/glossary-terms';

/** A glossary entry as the collection holds it: what the matcher reads. */
export interface GlossaryEntry {
	id: string;
	term: Record<Locale, string>;
	definition: Record<Locale, string>;
	aliases: Record<Locale, string[]>;
}

/** The glossary matchers of both languages: the ones the glossary links use (`src/lib/markdown/glossary-terms.ts`). */
export function keywordMatchers(entries: readonly GlossaryEntry[]): Record<Locale, GlossaryMatcher> {
	return Object.fromEntries(locales.map((locale) => [locale, glossaryMatcher(entries, locale)])) as Record<
		Locale,
		GlossaryMatcher
	>;
}

/**
 * Search keywords for a page from the glossary: when the page mentions a term
 * under any of its names, in either language, that term's names in the other
 * language are added unless the text already has them, so "MSME" finds a page
 * that only says "UMKM" and "kepiting" finds one that only says "mud crab".
 * A name is found exactly as the glossary links find it (whole words, any
 * case, the longest name first). Only what the text lacks is added: these
 * words travel in every copy of the page.
 */
export function glossaryKeywords(text: string, matchers: Record<Locale, GlossaryMatcher>, locale: Locale): string[] {
	const other = otherLocale(locale);
	const here = glossaryMentions(text, matchers[locale]);
	const there = glossaryMentions(text, matchers[other]);
	const mentioned = new Set([...here.ids, ...there.ids]);
	// Words the text has in the other language, including those inside a longer name it uses ("kesepakatan" in "Kesepakatan Bersama").
	const present = [...there.phrases].map(words);
	const keywords = [...mentioned].flatMap((id) =>
		(matchers[other].phrasesById.get(id) ?? []).filter((phrase) => {
			// "MSME (UMKM)" and "KIHI / KIPI" also come split into their parts: the parts are the words a reader types.
			if (/[()]| \/ /.test(phrase)) return false;
			const wanted = words(phrase);
			return !present.some((found) => found.includes(wanted));
		}),
	);
	return [...new Set(keywords)];
}

/** A phrase as its words, lower-cased, space-padded, so containment is whole words only. */
function words(phrase: string): string {
	return ` ${normalisePhrase(phrase)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.join(' ')} `;
}
