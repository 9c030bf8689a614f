/**
 * The closed lists of values content may use, as plain data: the schemas
 * (`src/lib/collections/collection-schemas.ts`) build their enums from them, and the editor scripts,
 * which run without Astro, read the same lists.
 */

/** Topics a page can belong to; used for navigation, search filters and open data. */
export const topics = [
	'agreement',
	'trade',
	'green-economy',
	'blue-economy',
	'border',
	'ikn',
	'provinces',
	'commodities',
	'reference',
] as const;

/** Provinces a commodity or fact can be tied to. */
export const provinces = ['kaltim', 'kaltara', 'kalbar'] as const;

/** Source kinds shown beside every citation. */
export const sourceKinds = ['official', 'news', 'opinion', 'advertorial', 'reference'] as const;

/** Extra sections a page can ask its layout to render after the body. */
export const templates = [
	'article',
	'glossary',
	'timeline',
	'sources',
	'commodities',
	'search',
	'open-data',
	'map',
	'updates',
	'fact-checks',
	'tracker',
	'corrections',
] as const;

/** The sector of a commodity. */
export const sectors = ['agriculture', 'plantation', 'forestry', 'fisheries', 'aquaculture'] as const;

/** Whether a commodity belongs to the green (land) or blue (sea) economy. */
export const economies = ['green', 'blue'] as const;

/** Who a page is written for. */
export const audiences = ['citizen', 'investor'] as const;
