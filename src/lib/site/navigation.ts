import type { Locale } from '../../i18n/locales';
import { routeByKey } from '../content/routes';

/** Translation keys of the pages in the primary navigation, in order. */
export const primaryNavKeys: readonly string[] = [
	'agreement',
	'trade',
	'commodities',
	'green-economy',
	'blue-economy',
	'border-economy',
	'regional-solidarity',
	'economy',
	'investors',
];

/** One navigation link: site-relative path and its label. */
export interface NavLink {
	path: string;
	label: string;
	key: string;
}

/** The primary navigation of a language; a key without a page fails the build. */
export async function primaryNav(locale: Locale): Promise<NavLink[]> {
	return Promise.all(
		primaryNavKeys.map(async (key) => {
			const route = await routeByKey('pages', key, locale);
			return { key, path: route.path, label: route.entry.data.navTitle ?? route.entry.data.title };
		}),
	);
}

/** Translation keys of the reference pages linked from every page's footer, in order. */
export const referenceNavKeys: readonly string[] = [
	'faq',
	'agreement-text',
	'glossary',
	'timeline',
	'since-signing',
	'provinces',
	'economy',
	'people',
	'map',
	'open-data',
	'updates',
	'search',
	'sources',
	'about',
];

/** The footer's links to the reference pages of a language; a key without a page fails the build. */
export async function referenceNav(locale: Locale): Promise<NavLink[]> {
	return Promise.all(
		referenceNavKeys.map(async (key) => {
			const route = await routeByKey('pages', key, locale);
			return { key, path: route.path, label: route.entry.data.navTitle ?? route.entry.data.title };
		}),
	);
}
