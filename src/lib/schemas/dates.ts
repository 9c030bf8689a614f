import { localeInfo, type Locale } from '../../i18n/locales';

/**
 * Formats a date written as YYYY, YYYY-MM or YYYY-MM-DD for readers:
 * `('2025-08-07', 'id')` → `7 Agustus 2025`, `('2025-08', 'en')` → `August 2025`.
 * Dates are formatted in UTC so a build in any time zone gives the same text.
 */
export function formatPartialDate(value: string, locale: Locale): string {
	const [year, month, day] = value.split('-').map(Number);
	if (year === undefined || Number.isNaN(year))
		throw new Error(`Not a date: "${value}". Write YYYY, YYYY-MM or YYYY-MM-DD.`);
	if (month === undefined) return String(year);
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	return formatter(locale, day === undefined ? 'month' : 'day').format(date);
}

/** Formats a full `Date` (frontmatter `updated`) in the reader's language, in UTC. */
export function formatDate(date: Date, locale: Locale): string {
	return formatter(locale, 'day').format(date);
}

/** Formatters are costly to create and every page formats dates: one per language and precision. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, precision: 'month' | 'day'): Intl.DateTimeFormat {
	const key = `${locale} ${precision}`;
	let format = formatters.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions =
			precision === 'month'
				? { year: 'numeric', month: 'long', timeZone: 'UTC' }
				: { dateStyle: 'long', timeZone: 'UTC' };
		format = new Intl.DateTimeFormat(localeInfo[locale].dateLocale, options);
		formatters.set(key, format);
	}
	return format;
}

/** The machine-readable form of a date for `<time datetime>`: `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
