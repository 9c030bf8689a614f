import { useTranslations } from '../../i18n/ui';
import { url } from '../../i18n/urls';
import type { Locale } from '../../i18n/locales';
import { atomFeed } from './atom-feed';
import { routeByKey } from '../collections/page-routes';
import { allUpdates, feedPath } from '../collections/updates';
import { ratingFeedEntries } from './rating-feed';

/** The Atom feed response of one language (`/feed.xml`, `/en/feed.xml`). */
export async function feedResponse(locale: Locale, site: URL | undefined): Promise<Response> {
	if (!site) throw new Error('astro.config.mjs must set "site" for the Atom feeds.');
	const t = useTranslations(locale);
	const absolute = (path: string) => new URL(url(path), site).href;
	const page = await routeByKey('pages', 'updates', locale);
	const entries = (await allUpdates()).map(({ data }) => ({
		id: data.id,
		date: data.date,
		title: data.title[locale],
		text: data.text[locale],
		link: `${absolute(page.path)}#${data.id}`,
	}));
	// A changed rating of a claim or commitment is news too: it gets its own entry, newest first with the notes.
	entries.push(...(await ratingFeedEntries(locale, site)));
	entries.sort((a, b) => b.date.getTime() - a.date.getTime());
	const xml = atomFeed(
		{
			locale,
			title: t('editors.feed.title'),
			subtitle: t('editors.feed.subtitle'),
			pageUrl: absolute(page.path),
			feedUrl: absolute(feedPath(locale)),
			author: t('site.name'),
			rights: t('footer.licence'),
		},
		entries,
	);
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
