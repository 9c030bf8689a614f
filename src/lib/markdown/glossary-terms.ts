import type { Locale } from '../../i18n/locales';
import { readYamlList } from '../schemas/yaml-list';

/** What the glossary linker needs of one term in one language. */
export interface GlossaryTerm {
	id: string;
	term: string;
	definition: string;
}

/** Words that find a term in running text, per language, and the term they point to. */
export interface GlossaryMatcher {
	/** One regular expression for all phrases of the language, longest first. */
	pattern: RegExp;
	/** Lower-cased phrase → term. */
	byPhrase: Map<string, GlossaryTerm>;
	/** Term id → the phrases that name it, as written. */
	phrasesById: Map<string, string[]>;
}

interface RawTerm {
	id?: unknown;
	term?: Partial<Record<Locale, unknown>>;
	definition?: Partial<Record<Locale, unknown>>;
	aliases?: Partial<Record<Locale, unknown>>;
}

/**
 * Reads `src/content/glossary.yaml` for the Markdown plugins, which run before
 * collections exist (the collection validates every field; this checks what
 * linking needs; `readYamlList` stops the build on a syntax error or a duplicate id).
 */
export function readGlossaryFile(path: string): RawTerm[] {
	// The shared reader names the YAML file, line and column, so an error shows as the glossary's, not the page's.
	return readYamlList(path).map((entry) => entry.data as RawTerm);
}

/**
 * The phrases that name a term in one language: the term itself, its two
 * halves when it is written "MSME (UMKM)" or "KIHI / KIPI", and its aliases.
 */
export function phrasesOf(term: string, aliases: readonly string[]): string[] {
	const phrases = [term, ...aliases];
	const parts = /^(.+?)\s*\(([^)]+)\)\s*$/.exec(term);
	if (parts?.[1] && parts[2]) phrases.push(parts[1], parts[2]);
	if (term.includes(' / ')) phrases.push(...term.split(' / '));
	return [...new Set(phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length >= 2))];
}

/**
 * Builds the matcher of one language: every phrase in one case-insensitive
 * expression, longest first so "Kesepakatan Bersama" wins over "kesepakatan",
 * bounded by non-letters so "UMKM" does not match inside another word.
 * One expression keeps linking to one pass over each text node.
 */
export function glossaryMatcher(terms: readonly RawTerm[], locale: Locale): GlossaryMatcher {
	const byPhrase = new Map<string, GlossaryTerm>();
	const phrasesById = new Map<string, string[]>();
	for (const raw of terms) {
		const term = raw.term?.[locale];
		const definition = raw.definition?.[locale];
		if (typeof raw.id !== 'string' || typeof term !== 'string' || typeof definition !== 'string') continue;
		const aliases = Array.isArray(raw.aliases?.[locale])
			? (raw.aliases?.[locale] as unknown[]).filter((a): a is string => typeof a === 'string')
			: [];
		for (const phrase of phrasesOf(term, aliases)) {
			const key = normalisePhrase(phrase);
			if (byPhrase.has(key)) continue;
			byPhrase.set(key, { id: raw.id, term, definition });
			phrasesById.set(raw.id, [...(phrasesById.get(raw.id) ?? []), phrase]);
		}
	}
	const alternatives = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const source = alternatives.length ? `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
	return { pattern: new RegExp(source, 'giu'), byPhrase, phrasesById };
}

/**
 * What a text says of the glossary, in one pass of a language's matcher: the
 * ids of the terms it mentions and the phrases it uses (lower-cased).
 */
export function glossaryMentions(text: string, matcher: GlossaryMatcher): { ids: Set<string>; phrases: Set<string> } {
	const ids = new Set<string>();
	const phrases = new Set<string>();
	for (const [found] of text.matchAll(matcher.pattern)) {
		const phrase = normalisePhrase(found);
		const term = matcher.byPhrase.get(phrase);
		if (!term) continue;
		ids.add(term.id);
		phrases.add(phrase);
	}
	return { ids, phrases };
}

/** The form phrases are compared in: lower case, single spaces. */
export function normalisePhrase(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
