import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { routeByKey, type RoutedCollection } from './page-routes';
import { allUpdates } from './updates';

/** A page a correction changed, resolved in one language. */
interface CorrectedPage {
	ref: string;
	path: string;
	title: string;
}

/** One correction as the corrections page lists it: the change note and the pages it changed. */
export interface Correction {
	update: CollectionEntry<'updates'>;
	pages: CorrectedPage[];
}

/** Every change note that corrects a fact, newest first, with its pages in one language. */
export async function allCorrections(locale: Locale): Promise<Correction[]> {
	const corrections = (await allUpdates()).filter((update) => update.data.corrects);
	return Promise.all(
		corrections.map(async (update) => ({
			update,
			pages: await Promise.all(update.data.pages.map((ref) => resolvePage(ref, update.id, locale))),
		})),
	);
}

/** The corrections that changed one page (given as `pages/<key>` or `commodities/<key>`). */
export async function correctionsOf(ref: string, locale: Locale): Promise<Correction[]> {
	return (await allCorrections(locale)).filter((correction) => correction.pages.some((page) => page.ref === ref));
}

/** The anchor of a correction on the corrections page. */
export function correctionAnchor(updateId: string): string {
	return `koreksi-${updateId}`;
}

async function resolvePage(ref: string, updateId: string, locale: Locale): Promise<CorrectedPage> {
	const [collection, key] = ref.split('/') as [RoutedCollection, string];
	try {
		const route = await routeByKey(collection, key, locale);
		return { ref, path: route.path, title: route.entry.data.navTitle ?? route.entry.data.title };
	} catch (error) {
		throw new Error(
			`src/content/updates.yaml, entry "${updateId}", field pages: "${ref}" is not a page (${(error as Error).message}). ` +
				'Use pages/<key> or commodities/<key>, where <key> is the file name without .md.',
			{ cause: error },
		);
	}
}
