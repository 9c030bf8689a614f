import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { splitRegistry, type RegistryPart } from '../sources/registry-parts';
import { routeByKey } from './page-routes';

/** A registry entry as the parts list it. */
export type RegistrySourceData = CollectionEntry<'sources'>['data'];

/** A part of the registry with the sources as the collection gives them. */
export type RegistrySourcePart = RegistryPart<RegistrySourceData>;

let cache: Promise<RegistrySourcePart[]> | undefined;

/** The registry's parts (see `registry-parts.ts`), computed once per build from `src/content/sources.yaml`. */
export function registryParts(): Promise<RegistrySourcePart[]> {
	cache ??= getCollection('sources').then((entries) => splitRegistry(entries.map((entry) => entry.data)));
	return cache;
}

/**
 * The part that lists a source: the one place that says where a registry
 * entry is, for every link to it. Throws naming the id and the fix when no
 * part lists it (the collection schemas normally catch an unknown id first).
 */
async function registryPartOf(id: string, where = 'a citation'): Promise<RegistrySourcePart> {
	const part = (await registryParts()).find((candidate) => candidate.sources.some((source) => source.id === id));
	if (!part)
		throw new Error(
			`${where}: source "${id}" is not in src/content/sources.yaml. Fix the id or add the source to the registry.`,
		);
	return part;
}

/** The anchor of a source on its part's page (as rendered by `SourceRegistry.astro`). */
export function registryAnchor(id: string): string {
	return `registry-${id}`;
}

/**
 * The site-relative path of a part's page in a language, under the sources
 * page: `/sumber-metode/daftar/berita-2/`, `/en/sources-method/list/news-2/`.
 */
export async function registryPartPath(part: Pick<RegistryPart, 'group' | 'number'>, locale: Locale): Promise<string> {
	const t = useTranslations(locale);
	const sourcesPage = await routeByKey('pages', 'sources', locale);
	return `${sourcesPage.path}${t('registry.slug.list')}/${t(`registry.slug.${part.group}`)}-${part.number}/`;
}

/** The site-relative address of a source's entry: its part's page and its anchor, e.g. `/en/sources-method/list/news-2/#registry-kompas-krayan-2023-08-14`. */
export async function registryEntryPath(id: string, locale: Locale, where?: string): Promise<string> {
	return `${await registryPartPath(await registryPartOf(id, where), locale)}#${registryAnchor(id)}`;
}
