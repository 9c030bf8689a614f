import { locales, type Locale } from '../../i18n/locales';
import { en } from '../../i18n/ui/en';
import { id, type UiKey } from '../../i18n/ui/id';

const dictionaries: Record<Locale, Record<UiKey, string>> = { id, en };

/**
 * The strings the offline control and the offline page fill in the browser:
 * every `offline.*` key, in both languages, placeholders kept. The build writes them into that script only (Vite `define`), which
 * loads when a reader uses the control, so no page carries them.
 */
export function offlineStrings(): Record<Locale, Record<string, string>> {
	const pick = (dictionary: Record<UiKey, string>): Record<string, string> =>
		Object.fromEntries(Object.entries(dictionary).filter(([key]) => key.startsWith('offline.')));
	return Object.fromEntries(locales.map((locale) => [locale, pick(dictionaries[locale])])) as Record<
		Locale,
		Record<string, string>
	>;
}
