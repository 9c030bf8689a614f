import type { Locale } from '../../i18n/locales';
import { routeByKey, routesFor } from '../collections/page-routes';
import { registryPartRoutes } from './registry-routes';

/** A group of the site's menu: its id (the dictionary key `nav.group.<id>` names it) and its pages. */
interface NavGroupSpec {
	id: 'citizens' | 'investors' | 'about';
	/** Translation keys of the pages (`pages` collection), in menu order. */
	keys: readonly string[];
}

/**
 * Every page of the menu, by group. Adding a page pair to the menu is one line here: its key in
 * the group it serves. A key without a page in a language fails the build (see `routeByKey`).
 * The menu is in every page's header, so every page is at most two taps away on a phone:
 * "Menu", then the link; the pages under a menu page are listed under it (see `childrenOf`).
 */
const navGroups: readonly NavGroupSpec[] = [
	{
		id: 'citizens',
		keys: [
			'home',
			'agreement',
			'since-signing',
			'fact-checks',
			'faq',
			'green-economy',
			'blue-economy',
			'border-economy',
			'regional-solidarity',
			'provinces',
			'people',
			'timeline',
			'map',
		],
	},
	{
		id: 'investors',
		keys: ['investors', 'economy', 'trade', 'commodities', 'open-data', 'agreement-text'],
	},
	{
		id: 'about',
		keys: ['about', 'sources', 'updates', 'corrections', 'glossary', 'search'],
	},
];

/** One group of the menu with its links; a link can list the pages under it (profiles, source-list parts). */
export interface NavGroup {
	id: NavGroupSpec['id'];
	links: (NavLink & { children: NavLink[] })[];
}

/**
 * Pages that live under a menu page and are listed under it, so they too are two taps away: the
 * commodity profiles under the directory, the parts of the source list under the sources page (by
 * their short menu names, `Berita 2`: the sources page says what each part holds).
 */
async function childrenOf(key: string, locale: Locale): Promise<NavLink[]> {
	if (key === 'commodities')
		return (await routesFor(locale))
			.filter((route) => route.collection === 'commodities')
			.map((route) => ({
				key: route.key,
				path: route.path,
				label: route.entry.data.navTitle ?? route.entry.data.title,
			}))
			.sort((a, b) => a.label.localeCompare(b.label, locale));
	if (key === 'sources')
		return (await registryPartRoutes())
			.filter((route) => route.locale === locale)
			.map((route) => ({ key: route.key, path: route.path, label: route.navLabel }));
	return [];
}

/** The menu of a language, by group; a key without a page fails the build. */
export async function menuGroups(locale: Locale): Promise<NavGroup[]> {
	return Promise.all(
		navGroups.map(async (group) => ({
			id: group.id,
			links: await Promise.all(
				group.keys.map(async (key) => {
					const route = await routeByKey('pages', key, locale);
					const label = route.entry.data.navTitle ?? route.entry.data.title;
					return { key, path: route.path, label, children: await childrenOf(key, locale) };
				}),
			),
		})),
	);
}

/** One navigation link: site-relative path and its label. */
export interface NavLink {
	path: string;
	label: string;
	key: string;
}

/** Translation keys of the pages linked from every page's footer, in order (the menu has every page). */
const referenceNavKeys: readonly string[] = ['about', 'sources', 'updates', 'corrections'];

/** The footer's links to the reference pages of a language; a key without a page fails the build. */
export async function referenceNav(locale: Locale): Promise<NavLink[]> {
	return Promise.all(
		referenceNavKeys.map(async (key) => {
			const route = await routeByKey('pages', key, locale);
			return { key, path: route.path, label: route.entry.data.navTitle ?? route.entry.data.title };
		}),
	);
}
