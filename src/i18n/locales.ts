/** The site's languages. Indonesian is the default and lives at the root. */
export const locales = ['id', 'en'] as const;

/** A language code used in URLs, content folders and `<html lang>`. */
export type Locale = (typeof locales)[number];

/** The language served at the site root. */
export const defaultLocale: Locale = 'id';

/** Per-language facts that never change with the content. */
export const localeInfo: Record<Locale, { name: string; ogLocale: string; dateLocale: string }> = {
	id: { name: 'Bahasa Indonesia', ogLocale: 'id_ID', dateLocale: 'id-ID' },
	en: { name: 'English', ogLocale: 'en_GB', dateLocale: 'en-GB' },
};

/** Narrows an arbitrary string to a `Locale`. */
export function isLocale(value: string): value is Locale {
	return (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'id' ? 'en' : 'id';
}
