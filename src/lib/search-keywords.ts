import type { Locale } from '../i18n/locales';

/** The parts of a glossary entry that name it, per language. */
export interface GlossaryNames {
	term: Record<Locale, string>;
	aliases: Record<Locale, string[]>;
}

/**
 * The names of a glossary entry in the given languages (both by default), with
 * bracketed parts split off: `MSME (UMKM)` → `MSME`, `UMKM`. These are the
 * words a reader may type.
 */
export function glossaryNames(entry: GlossaryNames, languages: readonly Locale[] = ['id', 'en']): string[] {
	const raw = languages.flatMap((language) => [entry.term[language], ...entry.aliases[language]]);
	const parts = raw.flatMap((name) => name.split(/[()]/)).map((part) => part.trim());
	return [...new Map(parts.filter(Boolean).map((part) => [part.toLowerCase(), part])).values()];
}

/** One compiled pattern per name: every page asks about the same glossary names. */
const namePatterns = new Map<string, RegExp>();

/** Whether `text` contains `name` as whole words, ignoring case. */
export function mentions(text: string, name: string): boolean {
	let pattern = namePatterns.get(name);
	if (!pattern) {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
		pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
		namePatterns.set(name, pattern);
	}
	return pattern.test(text);
}

/**
 * Search keywords for a page from the glossary: when the page mentions a term
 * under any of its names, that term's names in the other language are added
 * unless the text already has them, so "MSME" finds a page that only says
 * "UMKM" and "kepiting" finds one that only says "mud crab". Only what the
 * text lacks is added: these words travel in every copy of the page.
 */
export function glossaryKeywords(text: string, entries: readonly GlossaryNames[], locale: Locale): string[] {
	const other: Locale = locale === 'id' ? 'en' : 'id';
	const keywords = entries.flatMap((entry) => {
		if (!glossaryNames(entry).some((name) => mentions(text, name))) return [];
		return glossaryNames(entry, [other]).filter((name) => !mentions(text, name));
	});
	return [...new Set(keywords)];
}
