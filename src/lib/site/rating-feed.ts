import type { Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { ratingLabel } from '../../i18n/ui/rating-scales';
import type { FeedEntry } from './atom-feed';
import { claimPath, commitmentPath, ratings } from '../collections/ratings';
import { ratedAsOfText, ratingChanges } from '../claims/rating-text';

/**
 * One Atom entry per rating change of a claim or commitment (every history
 * entry after the first that changes the rating), linking to its anchor. The
 * first rating of each is announced by an ordinary change note instead.
 */
export async function ratingFeedEntries(locale: Locale, site: URL): Promise<FeedEntry[]> {
	const t = useTranslations(locale);
	const { claims, commitments } = await ratings();
	const items = [
		...claims.map((claim) => ({ id: claim.id, what: claim.headline[locale], history: claim.history, path: claimPath })),
		...commitments.map((item) => ({
			id: item.id,
			what: item.area[locale],
			history: item.history,
			path: commitmentPath,
		})),
	];
	const entries = await Promise.all(
		items.map(async (item) => {
			const link = new URL(url(await item.path(item.id, locale)), site).href;
			return ratingChanges(item.id, item.history).map((change) => {
				const [from, to] = [ratingLabel(change.from, locale), ratingLabel(change.to, locale)];
				return {
					id: `rating-${change.id.toLowerCase()}-${change.date}`,
					date: new Date(`${change.date}T00:00:00Z`),
					title: t('tracker.feedTitle', { id: change.id, to }),
					text: t('tracker.feedText', { what: item.what, from, to, date: ratedAsOfText(change.date, locale) }),
					link,
				};
			});
		}),
	);
	return entries.flat();
}
