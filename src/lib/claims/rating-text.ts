import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { ratingLabel, type Rating } from '../../i18n/ui/rating-scales';
import { formatPartialDate } from '../schemas/dates';

/** The anchor of a claim or commitment on its page: `CL1` → `cl1`, `K2` → `k2`. */
export function ratingAnchor(id: string): string {
	return id.toLowerCase();
}

/**
 * "per awal 2026" / "as of early 2026" for a rated-as-of day: ratings are made
 * against reports found up to that day, and the newest reports are from early
 * in the year, so a month is more precise than readers need.
 */
export function ratedAsOfText(day: string, locale: Locale): string {
	const [year, month] = day.split('-').map(Number);
	const part = (month ?? 1) <= 4 ? 'early' : (month ?? 1) <= 8 ? 'mid' : 'late';
	const t = useTranslations(locale);
	return t('ratings.asOf', { part: t(`ratings.asOf.${part}`), year: year ?? '' });
}

/** The newest date among dated events (YYYY, YYYY-MM or YYYY-MM-DD compare as text), or undefined. */
export function newestDate(events: readonly { date: string }[]): string | undefined {
	return events.reduce<string | undefined>(
		(newest, event) => (newest && newest >= event.date ? newest : event.date),
		undefined,
	);
}

/** Formats an event date for readers, e.g. "7 Agustus 2025". */
export function eventDate(date: string, locale: Locale): string {
	return formatPartialDate(date, locale);
}

/** WhatsApp shows about 65,000 characters, but a forwarded message is read on one screen: keep it short. */
export const SHARE_TEXT_LIMIT = 400;

/**
 * The text a reader forwards: verdict or status, the claim or commitment in one
 * line, and the link to its anchor. Throws when it would not fit one phone
 * screen, so a long headline is caught at build time.
 */
export function shareText(options: {
	locale: Locale;
	rating: Rating;
	/** "Cek fakta" / "Fact check" or "Komitmen" / "Commitment", with the id. */
	kind: string;
	line: string;
	link: string;
}): string {
	const { locale, rating, kind, line, link } = options;
	const text = `${kind}: ${ratingLabel(rating, locale).toUpperCase()}\n${line}\n${link}`;
	if (text.length > SHARE_TEXT_LIMIT)
		throw new Error(
			`The share text of "${line.slice(0, 40)}…" is ${text.length} characters; shorten its headline to fit ${SHARE_TEXT_LIMIT}.`,
		);
	return text;
}

/** One rating change, for the Atom feeds: every history entry after the first. */
export interface RatingChange {
	id: string;
	date: string;
	from: Rating;
	to: Rating;
}

/** The changes in a rating history (oldest first): none while the history has a single entry. */
export function ratingChanges(id: string, history: readonly { date: string; rating: Rating }[]): RatingChange[] {
	return history.slice(1).flatMap((entry, index) => {
		const before = history[index];
		return before && before.rating !== entry.rating
			? [{ id, date: entry.date, from: before.rating, to: entry.rating }]
			: [];
	});
}
