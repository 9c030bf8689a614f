import { getCollection, type CollectionEntry } from 'astro:content';
import { otherLocale, type Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/urls';
import { publishedEntries } from '../build-checks/drafts';
import { assertRendered } from '../build-checks/render-check';

/** The collections that become pages. */
export type RoutedCollection = 'pages' | 'commodities';

/** A content entry that is published as a page. */
export type RoutedEntry = CollectionEntry<'pages'> | CollectionEntry<'commodities'>;

/** One page built from a content entry: its entry, language, translation key and site-relative path. */
export interface PageRoute {
	kind: 'page';
	entry: RoutedEntry;
	collection: RoutedCollection;
	/** The shared file name of a page and its translation, e.g. `agreement`. */
	key: string;
	locale: Locale;
	/** Site-relative path without the base, e.g. `/en/agreement/`. */
	path: string;
}

let cache: Promise<PageRoute[]> | undefined;
/** The same routes by `routeId`: pages look up their translation and their links by key, once per link. */
let byId: Promise<Map<string, PageRoute>> | undefined;

/** A route's identity: collection, translation key and language. */
const routeId = (collection: RoutedCollection, key: string, locale: Locale): string => `${collection}/${locale}/${key}`;

function routesById(): Promise<Map<string, PageRoute>> {
	byId ??= getRoutes().then(
		(routes) => new Map(routes.map((route) => [routeId(route.collection, route.key, route.locale), route])),
	);
	return byId;
}

/**
 * Every page of the site in both languages, checked once per build: each page
 * has its translation and no two pages of one language share a URL. A failure
 * names the files and what to do.
 */
export function getRoutes(): Promise<PageRoute[]> {
	cache ??= loadRoutes();
	return cache;
}

async function loadRoutes(): Promise<PageRoute[]> {
	const entries: RoutedEntry[] = publishedEntries(
		assertRendered([...(await getCollection('pages')), ...(await getCollection('commodities'))]),
	);
	const routes = entries.map(toRoute);
	assertTranslations(routes);
	assertUniquePaths(routes);
	return routes;
}

function toRoute(entry: RoutedEntry): PageRoute {
	const [locale, ...rest] = entry.id.split('/');
	if (locale !== 'id' && locale !== 'en') {
		throw new Error(
			`${entry.filePath ?? entry.id}: put this file in an "id/" or "en/" folder so its language is known.`,
		);
	}
	return {
		kind: 'page',
		entry,
		collection: entry.collection,
		key: rest.join('/'),
		locale,
		path: localePath(locale, entry.data.slug),
	};
}

function assertTranslations(routes: PageRoute[]): void {
	const ids = new Set(routes.map((route) => routeId(route.collection, route.key, route.locale)));
	const missing = routes.filter((route) => !ids.has(routeId(route.collection, route.key, otherLocale(route.locale))));
	if (missing.length === 0) return;
	const lines = missing.map((route) => {
		const other = otherLocale(route.locale);
		const expected = (route.entry.filePath ?? '').replace(`/${route.locale}/`, `/${other}/`);
		return `  ${route.entry.filePath}: no ${other === 'en' ? 'English' : 'Indonesian'} translation. Create ${expected} (same file name).`;
	});
	throw new Error(`Every page needs both languages:\n${lines.join('\n')}`);
}

function assertUniquePaths(routes: PageRoute[]): void {
	const seen = new Map<string, PageRoute>();
	for (const route of routes) {
		const first = seen.get(route.path);
		if (first) {
			throw new Error(
				`Two pages share the URL ${route.path}: ${first.entry.filePath} and ${route.entry.filePath}. Give one of them another "slug".`,
			);
		}
		seen.set(route.path, route);
	}
}

/** The routes of one language, for `getStaticPaths`. */
export async function routesFor(locale: Locale): Promise<PageRoute[]> {
	return (await getRoutes()).filter((route) => route.locale === locale);
}

/** The same page in the other language (always exists: `getRoutes` checks it). */
export async function counterpartOf(route: PageRoute): Promise<PageRoute> {
	const match = (await routesById()).get(routeId(route.collection, route.key, otherLocale(route.locale)));
	if (!match) throw new Error(`${route.entry.filePath}: no translation found.`);
	return match;
}

/** Finds a page by collection, translation key and language; throws naming the key when it is missing. */
export async function routeByKey(collection: RoutedCollection, key: string, locale: Locale): Promise<PageRoute> {
	const match = (await routesById()).get(routeId(collection, key, locale));
	if (!match)
		throw new Error(
			`No ${collection} entry "${key}" in ${locale}: expected src/content/${collection}/${locale}/${key}.md (or .mdx).`,
		);
	return match;
}
