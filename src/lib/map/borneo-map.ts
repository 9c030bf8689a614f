import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import svgpath from 'svgpath';
import type { Feature, LineString, MultiPoint } from 'geojson';
import type { LabelSide, Place } from '../../data/places';
import { borneoOutlines } from './borneo-outlines';
import { FRAME_CORNERS } from './frame';
import { kaltimKaltaraBoundary, type BoundaryFitError } from './province-boundary';

/** A place projected onto the map, in SVG user units. */
export interface MapPlace extends Place {
	/** 1-based number shown in the marker and in the list below the map. */
	number: number;
	/** The place itself. */
	x: number;
	y: number;
	/** The numbered marker: on the place, or moved aside (with a leader line) where places crowd. */
	markerX: number;
	markerY: number;
	label: LabelSide;
}

/** A country label at a projected position. */
interface MapCountryLabel {
	name: string;
	x: number;
	y: number;
}

/**
 * A province's name in capitals, placed twice: on one line where the map is
 * wide, on two lines at the phone's larger text size (the stylesheet shows one).
 */
interface MapProvinceLabel {
	name: string;
	lines: string[];
	wide: { x: number; y: number };
	phone: { x: number; y: number };
}

/** The scale bar: a line `length` units long that stands for `km` kilometres at the frame's centre. */
interface MapScaleBar {
	x: number;
	y: number;
	length: number;
	km: number;
}

/** Everything the map component draws. */
export interface BorneoMap {
	width: number;
	height: number;
	/** One path per country that reaches into the frame, clipped to it. */
	land: { id: string; d: string }[];
	/** International land borders (shared country edges), one path. */
	borders: string;
	/** The Kaltim–Kaltara boundary, one path, and how well its source was fitted (km). */
	provinceBoundary: { d: string; fit: BoundaryFitError };
	places: MapPlace[];
	countries: MapCountryLabel[];
	provinces: MapProvinceLabel[];
	scaleBar: MapScaleBar;
}

/** Province labels (the names are the same in both languages), placed on land clear of the places' labels. */
const PROVINCE_LABELS: readonly { lines: string[]; wide: [number, number]; phone: [number, number] }[] = [
	{ lines: ['KALIMANTAN', 'UTARA'], wide: [116.0, 3.14], phone: [116.12, 3.5] },
	{ lines: ['KALIMANTAN', 'TIMUR'], wide: [117.0, 0.95], phone: [116.45, 1.2] },
];

/** The scale bar's length in km: round, and short enough for a phone. */
const SCALE_KM = 100;

/** The frame (see `frame.ts`) as the GeoJSON the projection is fitted to. */
const FRAME: Feature<MultiPoint> = {
	type: 'Feature',
	properties: {},
	geometry: { type: 'MultiPoint', coordinates: FRAME_CORNERS.map(([lon, lat]) => [lon, lat]) },
};

const EARTH_RADIUS_KM = 6371;

/** Country labels: Natural Earth names are English; these are placed on land inside each country. */
const COUNTRY_LABELS: readonly { name: string; lon: number; lat: number }[] = [
	{ name: 'MALAYSIA', lon: 116.4, lat: 5.6 },
	{ name: 'MALAYSIA', lon: 113.6, lat: 2.7 },
	{ name: 'BRUNEI', lon: 114.3, lat: 5.1 },
	{ name: 'INDONESIA', lon: 114.2, lat: -0.2 },
];

/**
 * Projects Borneo's countries, borders, the Kaltim–Kaltara boundary and the
 * given places into an SVG frame of `width` user units, at build time, written
 * as relative steps of whole units to keep the inline SVG small. The outlines
 * (Natural Earth 1:10m, which shows the islands off Kaltara, already
 * simplified) and the province boundary are read from the committed
 * `src/data/borneo-outlines.json` and `src/data/province-boundaries.json` (see
 * `borneo-outlines.ts` and `province-boundary.ts`).
 */
export function borneoMap(places: readonly Place[], width = 560): BorneoMap {
	const outlines = borneoOutlines();
	const margin = 8;
	const fitted = geoMercator().fitWidth(width - 2 * margin, FRAME);
	const [[, y0], [, y1]] = geoPath(fitted).bounds(FRAME);
	const height = Math.ceil(y1 - y0 + 2 * margin);
	const projection = geoMercator()
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin],
			],
			FRAME,
		)
		.clipExtent([
			[0, 0],
			[width, height],
		]);
	const precise = geoPath(projection).digits(1);
	const path = (object: GeoPermissibleObjects): string => compact(precise(object) ?? '');
	const project = (lon: number, lat: number): [number, number] => {
		const point = projection([lon, lat]);
		if (!point) throw new Error(`borneo-map: cannot project ${lon}, ${lat}.`);
		return [round(point[0]), round(point[1])];
	};

	const land = outlines.countries
		.map((country) => ({ id: String(country.id ?? country.properties.name), d: path(country) }))
		.filter((country) => country.d !== '');
	const borders = path(outlines.borders);
	const boundary = kaltimKaltaraBoundary();
	const boundaryLine: Feature<LineString> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'LineString', coordinates: boundary.line },
	};

	return {
		width,
		height,
		land,
		borders,
		provinceBoundary: { d: path(boundaryLine), fit: boundary.fit },
		places: places.map((place, index) => {
			const [x, y] = project(place.lon, place.lat);
			if (x < 0 || x > width || y < 0 || y > height)
				throw new Error(
					`src/data/places.ts: "${place.key}" (${place.lon}, ${place.lat}) lies outside the map frame; check its lon/lat.`,
				);
			const [dx, dy] = place.markerOffset ?? [0, 0];
			return { ...place, number: index + 1, x, y, markerX: x + dx, markerY: y + dy };
		}),
		countries: COUNTRY_LABELS.map(({ name, lon, lat }) => {
			const [x, y] = project(lon, lat);
			return { name, x, y };
		}),
		provinces: PROVINCE_LABELS.map(({ lines, wide, phone }) => {
			const [wx, wy] = project(...wide);
			const [px, py] = project(...phone);
			return { name: lines.join(' '), lines, wide: { x: wx, y: wy }, phone: { x: px, y: py } };
		}),
		scaleBar: scaleBar(project, height),
	};
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * A 100 km scale bar in the bottom-left corner, measured along the parallel at
 * the frame's centre (Mercator stretches distances away from the equator; over
 * this frame, 2.4° S to 7.2° N, the error is under 1 %).
 */
function scaleBar(project: (lon: number, lat: number) => [number, number], height: number): MapScaleBar {
	const lat = 2.4;
	const lon = 113;
	const degrees = SCALE_KM / ((Math.PI / 180) * EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180));
	const [x0] = project(lon, lat);
	const [x1] = project(lon + degrees, lat);
	return { x: 14, y: height - 16, length: round(x1 - x0), km: SCALE_KM };
}

/** Path data in relative commands rounded to whole units (svgpath carries the rounding error on, so it does not add up): about half the bytes of absolute coordinates. */
const compact = (d: string): string => (d === '' ? '' : svgpath(d).rel().round(0).toString());
