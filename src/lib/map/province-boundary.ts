import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';
import data from '../../data/province-boundaries.json';

/** How far the fitted outline lies from Natural Earth's, in km, and the limits the fit had to meet. */
export interface BoundaryFitError {
	unit: 'km';
	points: number;
	rms: number;
	median: number;
	/** 90 % of the points lie within this distance. */
	p90: number;
	max: number;
	limits: { median: number; p90: number };
}

/** Where the committed boundaries came from and how they were fitted (`npm run fit-boundary` writes it). */
export interface ProvinceBoundariesMetadata {
	generatedBy: string;
	source: { package: string; version: string; licence: string; provinces: Record<string, string> };
	reference: { package: string; version: string; file: string; data: string };
	projection: { assumed: string; why: string; tried: { projection: string; rmsKm: number }[] };
	method: string;
	/** SVG user units to the assumed projection's km: x' = a·x + b·y + c, y' = d·x + e·y + f. */
	transform: [a: number, b: number, c: number, d: number, e: number, f: number];
	fitError: BoundaryFitError;
}

/** `src/data/province-boundaries.json`: the two provinces, their shared boundary and, as a foreign member, how they were fitted. */
export type ProvinceBoundaries = FeatureCollection<MultiPolygon | LineString> & {
	metadata: ProvinceBoundariesMetadata;
};

/** The Kaltim–Kaltara boundary in [lon, lat], and how well its source map was fitted. */
export interface ProvinceBoundary {
	/** From the coast in the east to the border with Sarawak in the west. */
	line: [number, number][];
	fit: BoundaryFitError;
}

/**
 * The boundary between Kalimantan Timur and Kalimantan Utara, read from the
 * committed `src/data/province-boundaries.json`, which `npm run fit-boundary`
 * fits once from the `@svg-maps/indonesia` SVG (see `docs/decisions/boundary-fitted-once.md`); the
 * build does no fitting.
 */
export function kaltimKaltaraBoundary(collection = data as unknown as ProvinceBoundaries): ProvinceBoundary {
	const boundary = collection.features.find(
		(feature): feature is Feature<LineString> => feature.geometry.type === 'LineString',
	);
	const fit = collection.metadata?.fitError;
	if (!boundary || !fit)
		throw new Error(
			'src/data/province-boundaries.json: no LineString feature (the Kaltim–Kaltara boundary) or no metadata.fitError; run `npm run fit-boundary` to write the file again.',
		);
	return { line: boundary.geometry.coordinates as [number, number][], fit };
}
