import { localeInfo, type Locale } from './locales';

/**
 * How the site writes numbers and dates and sorts text in each language: the one table of `Intl`
 * options, over the language tags of `localeInfo`. Formatters are costly to create and every page
 * formats, so each language and style gets one, made on first use.
 */

/** The number styles the site writes. */
const numberStyles = {
	/** Three significant digits, for converted dollar amounts: `59,6` / `59.6`. */
	significant: { maximumSignificantDigits: 3 },
	/** A log axis's tick: `10 rb` / `10K`. */
	compact: { notation: 'compact' },
	/** A file size in kilobytes, one decimal at most: `12,3 kB` / `12.3 kB`. */
	kilobytes: { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 },
} satisfies Record<string, Intl.NumberFormatOptions>;

/** The date styles the site writes. */
const dateStyles = {
	/** A month of a year, in UTC: `Agustus 2025` / `August 2025`. */
	month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
	/** A day, in UTC (dates in the content are days, not instants): `7 Agustus 2025`. */
	day: { dateStyle: 'long', timeZone: 'UTC' },
	/** A day in the reader's own time zone, for a moment on the reader's device (a saved copy). */
	localDay: { dateStyle: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The sort orders the site uses. */
const sortStyles = {
	/** The language's plain order (page titles). */
	plain: {},
	/** Ignoring case and accents, numbers by value (terms and names): `Pasal 2` before `Pasal 10`. */
	names: { sensitivity: 'base', numeric: true },
} satisfies Record<string, Intl.CollatorOptions>;

type NumberStyle = keyof typeof numberStyles;
type DateStyle = keyof typeof dateStyles;
type SortStyle = keyof typeof sortStyles;

const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(key: string, make: () => T): T {
	let format = made.get(key) as T | undefined;
	if (!format) {
		format = make();
		made.set(key, format);
	}
	return format;
}

/** A number in one of the site's styles, in the reader's language. */
export function formatNumber(value: number, locale: Locale, style: NumberStyle): string {
	return once(`n ${locale} ${style}`, () => new Intl.NumberFormat(localeInfo[locale].tag, numberStyles[style])).format(
		value,
	);
}

/** A number with exactly `decimals` decimals, grouped as the language groups: `2.062,45` / `2,062.45`. */
export function formatDecimals(value: number, locale: Locale, decimals: number): string {
	const options = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
	return once(`d ${locale} ${decimals}`, () => new Intl.NumberFormat(localeInfo[locale].tag, options)).format(value);
}

/** The group and decimal marks of a language, for reading a number as its pages write it: `.` and `,` in Indonesian. */
export function numberMarks(locale: Locale): { group: string; decimal: string } {
	const parts = once(`marks ${locale}`, () => new Intl.NumberFormat(localeInfo[locale].tag)).formatToParts(1234567.5);
	const mark = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
	return { group: mark('group'), decimal: mark('decimal') };
}

/** A date in one of the site's styles, in the reader's language. */
export function formatDateAs(date: Date, locale: Locale, style: DateStyle): string {
	return once(`t ${locale} ${style}`, () => new Intl.DateTimeFormat(localeInfo[locale].tag, dateStyles[style])).format(
		date,
	);
}

/** A compare function for `sort`, in the language's order. */
export function compareText(locale: Locale, style: SortStyle = 'plain'): (a: string, b: string) => number {
	const collator = once(`c ${locale} ${style}`, () => new Intl.Collator(localeInfo[locale].tag, sortStyles[style]));
	return (a, b) => collator.compare(a, b);
}
