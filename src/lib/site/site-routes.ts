import { otherLocale, type Locale } from '../../i18n/locales';
import { registryPartRoutes, type RegistryPartRoute } from './registry-routes';
import { getRoutes, type PageRoute } from '../collections/page-routes';

/** Any built page: a content page, or a part of the source list generated from the registry. */
export type SiteRoute = PageRoute | RegistryPartRoute;

let cache: Promise<SiteRoute[]> | undefined;
/** The routes by language and pair key: every page looks up its translation, once per page. */
let byPair: Promise<Map<string, SiteRoute>> | undefined;

/**
 * Every page the site builds, in both languages: the content pages
 * (`getRoutes`, checked there) and the parts of the source list. No two share
 * a URL; a clash names both.
 */
export function siteRoutes(): Promise<SiteRoute[]> {
	cache ??= loadSiteRoutes();
	return cache;
}

async function loadSiteRoutes(): Promise<SiteRoute[]> {
	const routes: SiteRoute[] = [...(await getRoutes()), ...(await registryPartRoutes())];
	const seen = new Map<string, SiteRoute>();
	for (const route of routes) {
		const first = seen.get(route.path);
		if (first)
			throw new Error(
				`Two pages share the URL ${route.path}: ${describe(first)} and ${describe(route)}. Give the content page another "slug".`,
			);
		seen.set(route.path, route);
	}
	return routes;
}

function describe(route: SiteRoute): string {
	return route.kind === 'page' ? (route.entry.filePath ?? route.entry.id) : `the source list part "${route.key}"`;
}

/** What a page and its translation share: `pages/agreement`, `registry/news-2`. */
export function pairKeyOf(route: SiteRoute): string {
	return route.kind === 'page' ? `${route.collection}/${route.key}` : `registry/${route.key}`;
}

/** The page's title as lists of pages show it. */
export function titleOf(route: SiteRoute): string {
	return route.kind === 'page' ? route.entry.data.title : route.title;
}

/** When the page's text last changed: a part changes with the sources page that explains it. */
export function updatedOf(route: SiteRoute): Date {
	return (route.kind === 'page' ? route.entry : route.parent.entry).data.updated;
}

/** The pages of one language. */
export async function siteRoutesFor(locale: Locale): Promise<SiteRoute[]> {
	return (await siteRoutes()).filter((route) => route.locale === locale);
}

/** `getStaticPaths` for a language root: one path per page, the route as props. */
export async function staticPathsFor(locale: Locale) {
	const prefix = locale === 'id' ? '/' : `/${locale}/`;
	return (await siteRoutesFor(locale)).map((route) => ({
		params: { slug: route.path.slice(prefix.length).replace(/\/$/, '') || undefined },
		props: { route },
	}));
}

/** The same page in the other language (every page has one: `getRoutes` checks content pages, and each part is built in both). */
export async function siteCounterpartOf(route: SiteRoute): Promise<SiteRoute> {
	byPair ??= siteRoutes().then(
		(routes) => new Map(routes.map((other) => [`${other.locale} ${pairKeyOf(other)}`, other])),
	);
	const match = (await byPair).get(`${otherLocale(route.locale)} ${pairKeyOf(route)}`);
	if (!match) throw new Error(`${describe(route)}: no page in the other language.`);
	return match;
}
