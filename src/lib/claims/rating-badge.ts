import type { Locale } from '../../i18n/locales';
import { ratingLabel, ratingTone, type Rating } from '../../i18n/ui/rating-scales';

/** A verdict or status as a badge shows it: words first, a tone for the colour that supports them. */
export interface RatingBadgeView {
	rating: Rating;
	label: string;
	tone: ReturnType<typeof ratingTone>;
}

/** The badge of a rating in a language. */
export function badge(rating: Rating, locale: Locale): RatingBadgeView {
	return { rating, label: ratingLabel(rating, locale), tone: ratingTone(rating) };
}
