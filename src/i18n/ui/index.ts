import type { Locale } from '../locales';
import { en } from './en';
import { id, type UiKey } from './id';

export type { UiKey } from './id';

const dictionaries: Record<Locale, Record<UiKey, string>> = { id, en };

/** A translate function bound to one language. */
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/**
 * Returns the translate function for a language. `{name}` placeholders are
 * replaced from `params`; a placeholder without a value is an error, so a
 * half-filled sentence never reaches a reader.
 */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, params = {}) => fill(dictionary[key], params, `UI string "${key}" (${locale})`);
}

/**
 * Fills the `{name}` placeholders of a text from `params`; `what` names the text in the error
 * when a placeholder has no value.
 */
export function fill(text: string, params: Record<string, string | number>, what: string): string {
	return text.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${what} needs a value for {${name}}.`);
		return String(value);
	});
}
