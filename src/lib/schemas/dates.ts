import { formatDateAs } from '../../i18n/formats';
import type { Locale } from '../../i18n/locales';

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
	return formatDateAs(date, locale, day === undefined ? 'month' : 'day');
}

/** Formats a full `Date` (frontmatter `updated`) in the reader's language, in UTC. */
export function formatDate(date: Date, locale: Locale): string {
	return formatDateAs(date, locale, 'day');
}

/** The machine-readable form of a date for `<time datetime>`: `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}
