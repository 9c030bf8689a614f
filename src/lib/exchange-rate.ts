import type { Locale } from '../i18n/locales';
import { formatPartialDate } from './dates';

/**
 * The one exchange rate the site converts rupiah with: Bank Indonesia's JISDOR
 * reference rate of a stated day. Change it here and every converted figure on
 * every page changes with its date; `source` is the registry entry that
 * reports the rate, cited wherever a conversion appears.
 */
export const JISDOR = {
	/** Rupiah per US dollar. */
	rupiahPerDollar: 16_767,
	/** The day the rate was published (YYYY-MM-DD). */
	date: '2025-12-24',
	source: 'jisdor-2025-12-24',
} as const;

/** Scale words by language, largest first: "miliar" and "billion" are both 10⁹. */
const SCALES: Record<Locale, readonly (readonly [number, string])[]> = {
	id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']],
	en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']],
};

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Formats a dollar amount to three significant digits with a scale word: `US$52.7 billion`, `US$52,7 miliar`. */
export function formatDollars(dollars: number, locale: Locale): string {
	const [divisor, word] = SCALES[locale].find(([size]) => dollars >= size) ?? [1, ''];
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumSignificantDigits: 3 });
		numberFormats.set(locale, format);
	}
	return `US$${format.format(dollars / divisor)}${word ? ` ${word}` : ''}`;
}

/**
 * The text shown after a rupiah figure: `(about US$59.6 million at the JISDOR
 * rate of 24 December 2025)`, in the page's language. Throws on an amount that
 * is not a positive number, naming it.
 */
export function dollarEquivalent(rupiah: number, locale: Locale): string {
	if (!Number.isFinite(rupiah) || rupiah <= 0) throw new Error(`"${rupiah}" is not an amount in rupiah: write digits only, e.g. idr:28000000000 for Rp28 miliar.`);
	const dollars = formatDollars(rupiah / JISDOR.rupiahPerDollar, locale);
	const date = formatPartialDate(JISDOR.date, locale);
	return locale === 'id' ? `sekitar ${dollars} dengan kurs JISDOR ${date}` : `about ${dollars} at the JISDOR rate of ${date}`;
}
