import type { Locale } from '../i18n/locales';

/** The parts of a glossary entry that name it, per language. */
export interface GlossaryNames {
	term: Record<Locale, string>;
	aliases: Record<Locale, string[]>;
}

/**
 * Every name of a glossary entry in both languages, with bracketed parts split
 * off: `MSME (UMKM)` → `MSME`, `UMKM`. These are the words a reader may type.
 */
export function glossaryNames(entry: GlossaryNames): string[] {
	const raw = [entry.term.id, entry.term.en, ...entry.aliases.id, ...entry.aliases.en];
	const parts = raw.flatMap((name) => name.split(/[()]/)).map((part) => part.trim());
	return [...new Map(parts.filter(Boolean).map((part) => [part.toLowerCase(), part])).values()];
}

/** Whether `text` contains `name` as whole words, ignoring case. */
export function mentions(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * Search keywords for a page from the glossary: when the page mentions a term
 * under any of its names, every name of that term in both languages is added,
 * so "MSME" finds a page that only says "UMKM" and "kepiting" finds one that
 * only says "mud crab".
 */
export function glossaryKeywords(text: string, entries: readonly GlossaryNames[]): string[] {
	const keywords = entries.flatMap((entry) => {
		const names = glossaryNames(entry);
		return names.some((name) => mentions(text, name)) ? names : [];
	});
	return [...new Set(keywords)];
}
