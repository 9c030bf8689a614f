import { getCollection } from 'astro:content';
import { places } from '../../data/places';
import { compareText } from '../../i18n/formats';
import type { Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import { routesFor, type PageRoute } from './page-routes';

/** A page that cites a source: its short title and its address. */
export interface SourceUse {
	title: string;
	href: string;
}

/** The ids a template adds to a page beyond its Markdown (the glossary's, timeline's, updates', map's, fact checks' and tracker's own citations). */
async function templateSources(route: PageRoute): Promise<string[]> {
	if (route.collection !== 'pages') return [];
	switch (route.entry.data.template) {
		case 'glossary':
			return (await getCollection('glossary')).flatMap(({ data }) => data.sources.map((ref) => ref.id));
		case 'timeline':
			return (await getCollection('timeline')).flatMap(({ data }) => data.sources.map((ref) => ref.id));
		case 'updates':
			return (await getCollection('updates')).flatMap(({ data }) => data.sources.map((ref) => ref.id));
		case 'map':
			return places.flatMap((place) => place.sources);
		case 'fact-checks':
			return (await getCollection('claims')).flatMap(({ data }) => [data.wordsSource, ...data.evidence]);
		case 'tracker':
			return (await getCollection('commitments')).flatMap(({ data }) => [
				data.saidSource,
				...[...data.evidence, ...data.context].flatMap((event) => event.sources),
			]);
		default:
			return [];
	}
}

/** Every source a page cites: its footnotes (recorded by the citation plugin), frontmatter, commodity facts and template. */
async function sourcesOf(route: PageRoute): Promise<string[]> {
	const { entry } = route;
	const cited =
		(entry.rendered?.metadata?.['frontmatter'] as { citedSources?: string[] } | undefined)?.citedSources ?? [];
	const facts = 'sector' in entry.data ? [entry.data.claim?.source.id, entry.data.keyFigure?.source.id] : [];
	return [
		...cited,
		...entry.data.sources.map((ref) => ref.id),
		...facts.filter((id): id is string => id !== undefined),
		...(await templateSources(route)),
	];
}

const cache = new Map<Locale, Promise<Map<string, SourceUse[]>>>();

/**
 * For each registry id, the pages of one language that cite it, sorted by
 * title: what the site uses the source for, shown on the sources page.
 * Computed from the built content, so it never drifts from the pages.
 */
export function sourceUses(locale: Locale): Promise<Map<string, SourceUse[]>> {
	let uses = cache.get(locale);
	if (!uses) {
		uses = collectUses(locale);
		cache.set(locale, uses);
	}
	return uses;
}

async function collectUses(locale: Locale): Promise<Map<string, SourceUse[]>> {
	const compare = compareText(locale, 'names');
	const uses = new Map<string, SourceUse[]>();
	for (const route of await routesFor(locale)) {
		const use = { title: route.entry.data.navTitle ?? route.entry.data.title, href: url(route.path) };
		for (const id of new Set(await sourcesOf(route))) {
			const list = uses.get(id) ?? [];
			list.push(use);
			uses.set(id, list);
		}
	}
	for (const list of uses.values()) list.sort((a, b) => compare(a.title, b.title));
	return uses;
}
