import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import data from '../../data/borneo-outlines.json';

/** Where the committed outlines came from, how they were simplified and what was kept (`npm run fit-boundary` writes it). */
interface BorneoOutlinesMetadata {
	generatedBy: string;
	source: { package: string; version: string; file: string; data: string; licence: string };
	simplification: { package: string; version: string; method: string; minAreaKm2: number };
	kept: {
		/** [west, south, east, north] in degrees: polygons and border lines whose box meets it are kept whole. */
		bbox: [number, number, number, number];
		why: string;
		countries: string[];
	};
}

/** A country's polygons that reach into the frame; `id` is Natural Earth's ISO 3166-1 numeric code. */
export type CountryOutline = Feature<Polygon | MultiPolygon, { name: string }>;

/** `src/data/borneo-outlines.json`: the countries, the international borders and, as a foreign member, where they came from. */
export type BorneoOutlines = FeatureCollection<Polygon | MultiPolygon | MultiLineString> & {
	metadata: BorneoOutlinesMetadata;
};

/** The outlines the map draws, in [lon, lat]. */
interface Outlines {
	countries: CountryOutline[];
	/** International land borders (edges two countries share). */
	borders: Feature<MultiLineString>;
}

/**
 * The coastlines and international borders around the frame, read from the
 * committed `src/data/borneo-outlines.json`, which `npm run fit-boundary`
 * writes once from Natural Earth 1:10m (world-atlas), already simplified (see
 * `docs/decisions/boundary-fitted-once.md`); the build does no simplifying.
 */
export function borneoOutlines(collection = data as unknown as BorneoOutlines): Outlines {
	const countries = collection.features.filter(
		(feature): feature is CountryOutline => feature.geometry.type !== 'MultiLineString',
	);
	const borders = collection.features.find(
		(feature): feature is Feature<MultiLineString> => feature.geometry.type === 'MultiLineString',
	);
	if (countries.length === 0 || !borders)
		throw new Error(
			'src/data/borneo-outlines.json: no country polygons or no MultiLineString feature (the borders); run `npm run fit-boundary` to write the file again.',
		);
	return { countries, borders };
}
