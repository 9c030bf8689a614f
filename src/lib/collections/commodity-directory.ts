import type { CollectionEntry } from 'astro:content';
import { commodityFigures } from '../../data/commodity-figures';
import type { Locale } from '../../i18n/locales';
import { routesFor, type PageRoute } from './page-routes';
import { sourceSummary, type SourceSummary } from './source-lookup';

/** A source as the directory shows it beside a claim or a figure. */
type DirectorySource = SourceSummary;

/** One row of the commodity directory. */
export interface DirectoryRow {
	key: string;
	name: string;
	/** Site-relative path of the profile (without the base). */
	path: string;
	sector: CollectionEntry<'commodities'>['data']['sector'];
	economy: CollectionEntry<'commodities'>['data']['economy'];
	provinces: CollectionEntry<'commodities'>['data']['provinces'];
	claim?: { speaker: string; text: string; source: DirectorySource };
	/** `date` is absent for a figure that does not change and whose source is undated (a timber's density). */
	keyFigure?: { text: string; date?: string; source: DirectorySource };
}

/** The structured facts of one commodity profile: what its key-facts table and its directory row show. */
export async function directoryRow(route: PageRoute): Promise<DirectoryRow> {
	const entry = route.entry as CollectionEntry<'commodities'>;
	const { name, sector, economy, provinces, claim, keyFigure } = entry.data;
	const row: DirectoryRow = { key: route.key, name, path: route.path, sector, economy, provinces };
	if (claim)
		row.claim = {
			speaker: claim.speaker,
			text: claim.text,
			source: await sourceSummary(claim.source.id, entry.filePath),
		};
	if (keyFigure)
		row.keyFigure = {
			text: keyFigure.text,
			date: keyFigure.date,
			source: await sourceSummary(keyFigure.source.id, entry.filePath),
		};
	else {
		const figure = openDataFigure(entry, route.locale);
		if (figure)
			row.keyFigure = {
				text: figure.text,
				...(figure.date ? { date: figure.date } : {}),
				source: await sourceSummary(figure.sourceId, 'src/data/commodity-figures.ts'),
			};
	}
	return row;
}

/**
 * The confirmed figure the open data publishes as prose (`src/data/commodity-figures.ts`) for a profile
 * with no dated frontmatter figure, so the directory, the key-facts table and the share image show the
 * same words the data file does (Paulownia's timber density). `date` is absent when the figure has no period.
 */
export function openDataFigure(
	entry: CollectionEntry<'commodities'>,
	locale: Locale,
): { text: string; date?: string; sourceId: string } | undefined {
	const figure = commodityFigures[entry.id.replace(/^(id|en)\//, '')]?.figure;
	if (!figure?.text) return undefined;
	return { text: figure.text[locale], ...(figure.period ? { date: figure.period } : {}), sourceId: figure.source };
}

/**
 * Every commodity profile of one language as a directory row, sorted by name
 * in that language: what the commodities template shows.
 */
export async function commodityDirectory(locale: Locale): Promise<DirectoryRow[]> {
	const routes = (await routesFor(locale)).filter((route) => route.collection === 'commodities');
	const rows = await Promise.all(routes.map(directoryRow));
	return rows.sort((a, b) => a.name.localeCompare(b.name, locale));
}
