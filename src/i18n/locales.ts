/** The site's languages. Indonesian is the default and lives at the root. */
export const locales = ['id', 'en'] as const;

/** A language code used in URLs, content folders and `<html lang>`: the project's one locale type. */
export type Locale = (typeof locales)[number];

/** A text in both languages, side by side (the shape of `bilingual` in the schemas). */
export type Bilingual = Record<Locale, string>;

/** The language served at the site root. */
export const defaultLocale: Locale = 'id';

/**
 * Per-language facts that never change with the content: the language's own name, the Open Graph
 * locale, and the BCP 47 tag `Intl` formats numbers and dates and sorts text with (through
 * `src/i18n/formats.ts`).
 */
export const localeInfo: Record<Locale, { name: string; ogLocale: string; tag: string }> = {
	id: { name: 'Bahasa Indonesia', ogLocale: 'id_ID', tag: 'id-ID' },
	en: { name: 'English', ogLocale: 'en_GB', tag: 'en-GB' },
};

/** Narrows an arbitrary string to a `Locale`. */
export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/**
 * Reads a language code from outside the type system (`<html lang>`, a data attribute, the first
 * segment of a path): the code when it is a site language, else the default language.
 */
export function asLocale(value: string | null | undefined): Locale {
	return value && isLocale(value) ? value : defaultLocale;
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
	return locales.find((other) => other !== locale) ?? defaultLocale;
}
