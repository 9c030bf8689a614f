import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { citationLinks, type CitationLink } from './citation-links';
import { formatPartialDate } from '../schemas/dates';

/** One timeline event as a page in one language shows it. */
export interface TimelineItem {
	id: string;
	/** Machine-readable date for `<time datetime>`: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** The date as a reader sees it: `7 Agustus 2025`, `August 2025`. */
	dateText: string;
	title: string;
	text?: string;
	citations: CitationLink[];
}

/**
 * Orders events oldest first. Dates are YYYY, YYYY-MM or YYYY-MM-DD, so they
 * compare as strings; a year-only date comes before the dated events of that
 * year, and events with the same date keep their order in the file.
 */
function sortOldestFirst<T extends { date: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every timeline event in one language, oldest first, with its citations. */
export async function timelineFor(locale: Locale): Promise<TimelineItem[]> {
	const entries = await getCollection('timeline');
	const items = await Promise.all(
		entries.map(async ({ data }) => ({
			id: data.id,
			date: data.date,
			dateText: formatPartialDate(data.date, locale),
			title: data.title[locale],
			...(data.text ? { text: data.text[locale] } : {}),
			citations: await citationLinks(
				data.sources.map((ref) => ref.id),
				locale,
				`src/content/timeline.yaml (event "${data.id}")`,
			),
		})),
	);
	return sortOldestFirst(items);
}
