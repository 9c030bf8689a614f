import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';

/** Every change note, newest first (ties keep the file's order). */
export async function allUpdates(): Promise<CollectionEntry<'updates'>[]> {
	return sortUpdates(await getCollection('updates'));
}

/** Sorts change notes newest first without mutating the input. */
function sortUpdates<T extends { data: { date: Date } }>(updates: readonly T[]): T[] {
	return [...updates].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Site path of the Atom feed of a language. */
export function feedPath(locale: Locale): string {
	return locale === 'id' ? '/feed.xml' : '/en/feed.xml';
}
