import { Feed } from 'feed';
import type { Locale } from '../../i18n/locales';

/** One change note as the feed shows it, in one language. */
export interface FeedEntry {
	id: string;
	date: Date;
	title: string;
	text: string;
	/** Absolute URL of the note on the updates page. */
	link: string;
}

/** What the feed says about itself. */
export interface FeedInfo {
	locale: Locale;
	title: string;
	subtitle: string;
	/** Absolute URL of the updates page. */
	pageUrl: string;
	/** Absolute URL of the feed itself. */
	feedUrl: string;
	author: string;
	rights: string;
}

/**
 * An Atom 1.0 feed of the change notes of one language, built with the
 * `feed` library (it escapes text and writes the required elements). The
 * feed's `updated` is the newest note's date, so an unchanged site yields a
 * byte-identical feed.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
	const newest = entries.reduce<Date>((latest, entry) => (entry.date > latest ? entry.date : latest), new Date(0));
	const feed = new Feed({
		id: info.pageUrl,
		title: info.title,
		description: info.subtitle,
		link: info.pageUrl,
		language: info.locale,
		updated: newest,
		generator: false,
		copyright: info.rights,
		feedLinks: { atom: info.feedUrl },
		author: { name: info.author, link: info.pageUrl },
	});
	for (const entry of entries) {
		feed.addItem({
			id: entry.link,
			title: entry.title,
			link: entry.link,
			date: entry.date,
			published: entry.date,
			description: entry.text,
		});
	}
	// The library has no option for the feed's language; readers use xml:lang to pick a font and voice.
	return feed
		.atom1()
		.replace(
			'<feed xmlns="http://www.w3.org/2005/Atom">',
			`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.locale}">`,
		);
}
