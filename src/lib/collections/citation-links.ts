import { getEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { registryEntryPath } from './registry-pages';
import { entryCitation } from '../sources/source-display';

/** A citation outside the Markdown body (timeline, glossary): the source's title, linked to its registry entry. */
export interface CitationLink {
	id: string;
	/** The link's text: the headline, or the publisher when the headline is not known. */
	text: string;
	/** Words after the link: ", publisher", or ", date" when the link names the publisher. */
	after: string;
	/** The publisher alone, for a table column of sources. */
	publisher: string;
	/** The source's entry in the part of the source list that holds it, e.g. `/en/sources-method/list/official-reference-1/#registry-setkab-uu-20-2012`. */
	href: string;
}

/**
 * Resolves registry ids to links to their entries in the source list of a
 * language (the part that lists each, `registryPartOf`), where the reader finds
 * publisher, date, kind and the source itself. An unknown id throws with the
 * fix (the collection schemas normally catch it first).
 */
export async function citationLinks(ids: readonly string[], locale: Locale, where: string): Promise<CitationLink[]> {
	const t = useTranslations(locale);
	return Promise.all(
		ids.map(async (id) => {
			const source = await getEntry('sources', id);
			if (!source)
				throw new Error(
					`${where}: source "${id}" is not in src/content/sources.yaml. Fix the id or add the source to the registry.`,
				);
			const citation = entryCitation(source.data, locale, t);
			return {
				id,
				text: citation.link,
				after: citation.after,
				publisher: source.data.publisher,
				href: url(await registryEntryPath(id, locale, where)),
			};
		}),
	);
}
