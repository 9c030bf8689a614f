/**
 * `npm run fit-boundary` — fits the Kaltim and Kaltara outlines of the
 * `@svg-maps/indonesia` SVG onto Natural Earth once and writes the result,
 * with where it came from and how well it fits, to
 * `src/data/province-boundaries.json` (GeoJSON); and writes the coastlines
 * and international borders the map draws, simplified, to
 * `src/data/borneo-outlines.json` (GeoJSON). The build only reads those
 * files; run this again after upgrading `@svg-maps/indonesia`, `world-atlas`
 * or `topojson-simplify` (the unit test `tests/unit/province-boundaries.test.ts`
 * says when), and commit the files it writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Feature, LineString, MultiPolygon } from 'geojson';
import { borneoOutlineFeatures } from './fit-boundary/borneo-outlines';
import { KEEP_BBOX, SIMPLIFY_KM2 } from './fit-boundary/outline-selection';
import { fitKaltimKaltara, FIT_LIMITS, type ProjectionName, type ProvinceFit } from './fit-boundary/kaltim-kaltara';
// Types only: the module itself imports the file this script writes.
import type { ProvinceBoundaries, ProvinceBoundariesMetadata } from '../src/lib/map/province-boundary';
import type { BorneoOutlines } from '../src/lib/map/borneo-outlines';

/** The files written, from the project's root. */
const PROVINCE_BOUNDARIES_PATH = 'src/data/province-boundaries.json';
const BORNEO_OUTLINES_PATH = 'src/data/borneo-outlines.json';

/** Decimal places kept in [lon, lat]: 0.00001° is about 1 m, far finer than a fit good to a kilometre. */
const DIGITS = 5;

const require = createRequire(import.meta.url);
/** The installed version of a package, as its own package.json says. */
const versionOf = (name: string): string =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

const round = (value: number, digits = DIGITS): number => Number(value.toFixed(digits));
const roundRing = (ring: readonly [number, number][]): [number, number][] =>
	ring.map(([lon, lat]) => [round(lon), round(lat)]);

/** Twice the signed area in [lon, lat] (positive: counter-clockwise). */
const signedArea = (ring: readonly [number, number][]): number =>
	ring.reduce((sum, [x0, y0], i) => {
		const [x1, y1] = ring[(i + 1) % ring.length] as [number, number];
		return sum + x0 * y1 - x1 * y0;
	}, 0);

/** A closed ring, counter-clockwise as RFC 7946 asks of an exterior ring (the SVG's y runs down, so its rings come out turned). */
function exteriorRing(ring: readonly [number, number][]): [number, number][] {
	const rounded = roundRing(ring);
	if (signedArea(rounded) < 0) rounded.reverse();
	return [...rounded, rounded[0] as [number, number]];
}

function provinceFeature(province: ProvinceFit['provinces'][number]): Feature<MultiPolygon> {
	return {
		type: 'Feature',
		id: province.id,
		properties: { name: province.name },
		// The SVG draws each province as rings without holes: the mainland and its islands.
		geometry: { type: 'MultiPolygon', coordinates: province.rings.map((ring) => [exteriorRing(ring)]) },
	};
}

const fits = (['mercator', 'equirectangular'] as const satisfies readonly ProjectionName[]).map(fitKaltimKaltara);
// The projection under which the SVG's outline lies closest to Natural Earth is taken as the one it was drawn in.
const best = fits.reduce((a, b) => (b.error.rms < a.error.rms ? b : a));
const km = (value: number): number => round(value, 3);

const metadata: ProvinceBoundariesMetadata = {
	generatedBy: 'npm run fit-boundary (scripts/fit-boundary.ts); do not edit by hand',
	source: {
		package: '@svg-maps/indonesia',
		version: versionOf('@svg-maps/indonesia'),
		licence: 'CC BY 4.0',
		provinces: { 'id-ki': 'Kalimantan Timur', 'id-ku': 'Kalimantan Utara' },
	},
	reference: {
		package: 'world-atlas',
		version: versionOf('world-atlas'),
		file: 'countries-10m.json',
		data: 'Natural Earth 1:10m countries (public domain): the outline of Indonesia',
	},
	projection: {
		assumed: best.projection,
		why: 'The package does not state its projection. The SVG is taken to be an affine image (scale, shear, shift) of a spherical projection in km; of those tried, this one lays the outline closest to Natural Earth, though this near the equator (2.5° S to 4.5° N) they differ by little.',
		tried: fits.map((fit) => ({ projection: fit.projection, rmsKm: km(fit.error.rms) })),
	},
	method:
		'Iterative closest points: the two provinces’ outline in the SVG, less the edges they share with each other and with the other Kalimantan provinces (the coast and the border with Malaysia), is fitted by an affine transform onto Natural Earth’s outline of Indonesia, the worst 10 % of pairs left out in each round; the same transform places the provinces and their shared boundary.',
	transform: best.transform.map((value) =>
		Number(value.toPrecision(12)),
	) as unknown as ProvinceBoundariesMetadata['transform'],
	fitError: {
		unit: 'km',
		points: best.error.points,
		rms: km(best.error.rms),
		median: km(best.error.median),
		p90: km(best.error.p90),
		max: km(best.error.max),
		limits: FIT_LIMITS,
	},
};

const boundary: Feature<LineString> = {
	type: 'Feature',
	id: 'kaltim-kaltara',
	properties: { name: 'Kalimantan Timur – Kalimantan Utara', between: ['id-ki', 'id-ku'], runs: 'east to west' },
	geometry: { type: 'LineString', coordinates: roundRing(best.boundary) },
};

const collection: ProvinceBoundaries = {
	type: 'FeatureCollection',
	// A foreign member (RFC 7946, section 6.1): readers that do not know it pass it by.
	metadata,
	features: [...best.provinces.map(provinceFeature), boundary],
};

/** Writes `value` as JSON formatted as the project's Prettier would, and says how big it is. */
async function writeJson(path: string, value: unknown): Promise<number> {
	const file = join(process.cwd(), path);
	const text = await format(JSON.stringify(value), { ...(await resolveConfig(file)), filepath: file });
	writeFileSync(file, text);
	return text.length;
}

const boundaryBytes = await writeJson(PROVINCE_BOUNDARIES_PATH, collection);
for (const fit of fits)
	console.info(
		`${fit.projection}: RMS ${fit.error.rms.toFixed(2)} km, median ${fit.error.median.toFixed(2)} km, 90 % within ${fit.error.p90.toFixed(2)} km, max ${fit.error.max.toFixed(1)} km over ${fit.error.points} points`,
	);
console.info(`Wrote ${PROVINCE_BOUNDARIES_PATH} (${best.projection}, ${boundaryBytes} bytes).`);

const { countries, borders } = borneoOutlineFeatures();
const outlines: BorneoOutlines = {
	type: 'FeatureCollection',
	metadata: {
		generatedBy: 'npm run fit-boundary (scripts/fit-boundary.ts); do not edit by hand',
		source: {
			package: 'world-atlas',
			version: versionOf('world-atlas'),
			file: 'countries-10m.json',
			data: 'Natural Earth 1:10m countries',
			licence: 'public domain (Natural Earth); ISC (world-atlas)',
		},
		simplification: {
			package: 'topojson-simplify',
			version: versionOf('topojson-simplify'),
			method:
				"Visvalingam's effective area on the sphere (presimplify with sphericalTriangleArea, then simplify) over the whole topology, so that shared borders stay shared: a vertex whose effective area is under minAreaKm2 is dropped.",
			minAreaKm2: SIMPLIFY_KM2,
		},
		kept: {
			bbox: KEEP_BBOX,
			why: "The map's frame (src/lib/map/frame.ts) grown by 1°: each country polygon and international border line whose box meets it is kept whole, at full precision, in Natural Earth's order and winding; the build clips them to the frame.",
			countries: countries.map((country) => country.properties.name),
		},
	},
	features: [...countries, borders],
};
console.info(
	`Wrote ${BORNEO_OUTLINES_PATH} (${outlines.metadata.kept.countries.join(', ')}; ${await writeJson(BORNEO_OUTLINES_PATH, outlines)} bytes).`,
);
