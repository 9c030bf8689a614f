import svgMap from '@svg-maps/indonesia';
import { geoEquirectangular, geoMercator, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import countries10m from 'world-atlas/countries-10m.json';
import { applyAffine, fitAffine, nearestOnSegments, type Affine, type FitError, type Segment } from './affine-fit';
import { svgPathRings, type Point } from './svg-rings';

/** The planar projections the SVG may have been drawn in (it does not say); the fit is tried in each. */
export type ProjectionName = 'mercator' | 'equirectangular';

/** One province's rings, fitted, in [lon, lat]. */
interface FittedProvince {
	/** Its id in `@svg-maps/indonesia`. */
	id: string;
	name: string;
	rings: [number, number][][];
}

/** The two provinces and their shared boundary in [lon, lat], and how well the source map was fitted. */
export interface ProvinceFit {
	projection: ProjectionName;
	/** SVG user units to the projection's km (1 unit = 1 km at the equator). */
	transform: Affine;
	/** Distance in km from the fitted outline (coast and international border) to Natural Earth's. */
	error: FitError;
	provinces: FittedProvince[];
	/** From the coast in the east to the border with Sarawak in the west. */
	boundary: [number, number][];
}

/** A point of one province's outline closer than this (map units, about 2 km) to the other's lies on their shared boundary. */
const SHARED = 0.35;
/**
 * Where the fit starts: the two provinces' outline box taken as lon 113.8–119.05, lat 4.45 to −2.55.
 * A rough guess; the fit moves from it to the transform that lays the outline on the coast.
 */
const START: readonly [Point, Point] = [
	[113.8, 4.45],
	[119.05, -2.55],
];

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Each projection with 1 unit = 1 km at the equator (Mercator is within 0.3 % of that at these latitudes, 2.5° S to 4.5° N). */
const PROJECTIONS: Record<ProjectionName, GeoProjection> = {
	mercator: geoMercator().scale(6371).translate([0, 0]),
	equirectangular: geoEquirectangular().scale(6371).translate([0, 0]),
};

const segmentsOf = (rings: readonly Point[][]): Segment[] =>
	rings.flatMap((ring) => ring.map((p, i) => [p, ring[(i + 1) % ring.length] as Point] as const));

/** Natural Earth 1:10m's outline of Indonesia around the two provinces (coast and land borders), in km. */
function indonesiaOutline(toKm: (lonLat: Point) => Point): Segment[] {
	const topology = countries10m as unknown as CountriesTopology;
	const indonesia = feature(topology, topology.objects.countries).features.find(
		(country) => country.properties.name === 'Indonesia',
	);
	if (!indonesia) throw new Error('fit-boundary: world-atlas has no "Indonesia".');
	const geometry = indonesia.geometry as Polygon | MultiPolygon;
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const near = ([lon = NaN, lat = NaN]: number[]): boolean => lon > 112.5 && lon < 120.5 && lat > -3.5 && lat < 5;
	return polygons
		.flat()
		.map((ring) => ring.filter(near).map((position) => toKm(position as Point)))
		.flatMap((ring) => ring.slice(1).map((p, i) => [ring[i] as Point, p] as const));
}

/** The province's rings in `@svg-maps/indonesia`, by its id there (`id-ki`, `id-ku`, …). */
function provinceRings(id: string): Point[][] {
	const location = svgMap.locations.find((candidate) => candidate.id === id);
	if (!location) throw new Error(`fit-boundary: @svg-maps/indonesia has no "${id}".`);
	return svgPathRings(location.path);
}

/** The longest run of consecutive ring points that `keep` accepts, wrapping past the ring's start. */
function longestRun(ring: readonly Point[], keep: (p: Point) => boolean): Point[] {
	const flags = ring.map(keep);
	const start = flags.indexOf(false);
	if (start < 0) return [...ring];
	let best: Point[] = [];
	let run: Point[] = [];
	for (let k = 1; k <= ring.length; k++) {
		const i = (start + k) % ring.length;
		if (flags[i]) run.push(ring[i] as Point);
		else run = [];
		if (run.length > best.length) best = [...run];
	}
	return best;
}

/** The fit is refused when it is worse than a locator map can carry (km). */
export const FIT_LIMITS = { median: 1.5, p90: 4 } as const;

/**
 * Fits the Kaltim and Kaltara outlines of `@svg-maps/indonesia` (CC BY 4.0,
 * after MapSVG), whose projection is not documented, onto Natural Earth 1:10m,
 * assuming the SVG is an affine image of `projection`. The two provinces'
 * outline, less the edges shared with each other and with the other Kalimantan
 * provinces, is the coast and the border with Malaysia; an affine transform is
 * fitted (iterative closest points) to lay that outline on Natural Earth's
 * outline of Indonesia, and the same transform places the provinces and their
 * shared edge. Throws if the fit is worse than `FIT_LIMITS`.
 */
export function fitKaltimKaltara(projection: ProjectionName): ProvinceFit {
	const planar = PROJECTIONS[projection];
	const toKm = (lonLat: Point): Point => planar(lonLat) as Point;
	const toLonLat = (p: Point): [number, number] => {
		const lonLat = planar.invert?.(p);
		if (!lonLat) throw new Error(`fit-boundary: the ${projection} projection cannot invert ${p.join(', ')}.`);
		return [lonLat[0], lonLat[1]];
	};
	const kaltim = provinceRings('id-ki');
	const kaltara = provinceRings('id-ku');
	const others = segmentsOf(['id-kb', 'id-kt', 'id-ks'].flatMap(provinceRings));
	const kaltimEdges = segmentsOf(kaltim);
	const kaltaraEdges = segmentsOf(kaltara);
	const near = (p: Point, edges: readonly Segment[]): boolean => nearestOnSegments(p, edges).distance < SHARED;

	const outline = [
		...kaltim.flat().filter((p) => !near(p, kaltaraEdges) && !near(p, others)),
		...kaltara.flat().filter((p) => !near(p, kaltimEdges)),
	];
	const xs = [...kaltim, ...kaltara].flat().map(([x]) => x);
	const ys = [...kaltim, ...kaltara].flat().map(([, y]) => y);
	const [[west, north], [east, south]] = START.map(toKm) as [Point, Point];
	const sx = (east - west) / (Math.max(...xs) - Math.min(...xs));
	const sy = (south - north) / (Math.max(...ys) - Math.min(...ys));
	const start: Affine = [sx, 0, west - sx * Math.min(...xs), 0, sy, north - sy * Math.min(...ys)];
	// Settled when no point moves 10 m in a round.
	const { transform, error } = fitAffine(outline, indonesiaOutline(toKm), start, { settle: 0.01 });
	if (!(error.median <= FIT_LIMITS.median && error.p90 <= FIT_LIMITS.p90))
		throw new Error(
			`fit-boundary: the ${projection} fit of @svg-maps/indonesia is off by ${error.median.toFixed(1)} km (median), ${error.p90.toFixed(1)} km (90 %); the package's geometry changed?`,
		);
	const place = (rings: Point[][]): [number, number][][] =>
		rings.map((ring) => ring.map((p) => toLonLat(applyAffine(transform, p))));

	const mainland = kaltara.reduce((longest, ring) => (ring.length > longest.length ? ring : longest));
	const [boundary] = place([longestRun(mainland, (p) => near(p, kaltimEdges))]) as [[number, number][]];
	// East to west: start at the coast.
	if ((boundary[0]?.[0] ?? 0) < (boundary.at(-1)?.[0] ?? 0)) boundary.reverse();
	return {
		projection,
		transform,
		error,
		provinces: [
			{ id: 'id-ki', name: 'Kalimantan Timur', rings: place(kaltim) },
			{ id: 'id-ku', name: 'Kalimantan Utara', rings: place(kaltara) },
		],
		boundary,
	};
}
