import { formatDateAs, formatDecimals } from '../i18n/formats';
import type { Locale } from '../i18n/locales';

const KB = 1024;
const MB = KB * KB;

/**
 * A download size as readers see it, in their language: one decimal in MB
 * (`1,2 MB` in Indonesian, `1.2 MB` in English), whole KB below 0.1 MB.
 * 1 KB = 1024 bytes, as the site's page budgets count.
 */
export function formatSize(bytes: number, locale: Locale): string {
	if (bytes < MB / 10) return `${formatDecimals(Math.max(1, Math.round(bytes / KB)), locale, 0)} KB`;
	return `${formatDecimals(bytes / MB, locale, 1)} MB`;
}

/** The day a copy was saved, in the reader's language and time zone: `3 Desember 2026`. */
export function formatSavedDate(iso: string, locale: Locale): string {
	return formatDateAs(new Date(iso), locale, 'localDay');
}
