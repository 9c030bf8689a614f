import { locales, type Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import { registryPartPath, registryParts, type RegistrySourcePart } from '../collections/registry-pages';
import { registryPartText, type RegistryPartText } from '../sources/registry-part-text';
import { routeByKey, type PageRoute } from '../collections/page-routes';

/** One built page of the source list: a part of the registry in one language, under the sources page. */
export interface RegistryPartRoute extends RegistryPartText {
	kind: 'registry-part';
	/** The part's key, shared by its two languages, e.g. `news-2`. */
	key: string;
	locale: Locale;
	/** Site-relative path without the base, e.g. `/en/sources-method/list/news-2/`. */
	path: string;
	part: RegistrySourcePart;
	/** The sources page of the same language: its method text, dates and search filters are the part's too. */
	parent: PageRoute;
}

/** A link to a part of the source list, as the sources page and every part list them. */
export interface RegistryPartLink {
	key: string;
	/** With the base path. */
	href: string;
	label: string;
	detail: string;
}

let cache: Promise<RegistryPartRoute[]> | undefined;

/** Every part of the source list in both languages, in the order the sources page lists them. */
export function registryPartRoutes(): Promise<RegistryPartRoute[]> {
	cache ??= loadPartRoutes();
	return cache;
}

async function loadPartRoutes(): Promise<RegistryPartRoute[]> {
	const parts = await registryParts();
	const perLocale = await Promise.all(
		locales.map(async (locale) => {
			const parent = await routeByKey('pages', 'sources', locale);
			return Promise.all(
				parts.map(async (part): Promise<RegistryPartRoute> => ({
					kind: 'registry-part',
					key: part.key,
					locale,
					path: await registryPartPath(part, locale),
					part,
					parent,
					...registryPartText(part, parts.length, locale),
				})),
			);
		}),
	);
	return perLocale.flat();
}

/** The parts of the source list in one language, as links with what each lists. */
export async function registryPartLinks(locale: Locale): Promise<RegistryPartLink[]> {
	return (await registryPartRoutes())
		.filter((route) => route.locale === locale)
		.map((route) => ({ key: route.key, href: url(route.path), label: route.label, detail: route.detail }));
}
