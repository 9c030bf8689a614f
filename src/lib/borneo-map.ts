import { geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPoint } from 'geojson';
import countries50m from 'world-atlas/countries-50m.json';
import type { LabelSide, Place } from '../data/places';

/** A place projected onto the map, in SVG user units. */
export interface MapPlace extends Place {
	/** 1-based number shown in the marker and in the list below the map. */
	number: number;
	x: number;
	y: number;
	label: LabelSide;
}

/** A country label at a projected position. */
export interface MapCountryLabel {
	name: string;
	x: number;
	y: number;
}

/** Everything the map component draws. */
export interface BorneoMap {
	width: number;
	height: number;
	/** One path per country that reaches into the frame, clipped to it. */
	land: { id: string; d: string }[];
	/** International land borders (shared country edges), one path. */
	borders: string;
	places: MapPlace[];
	countries: MapCountryLabel[];
}

/** The frame: north-east Borneo from Sarawak to Sabah's tip and south past Balikpapan, with room for labels to the east; lon/lat corners. */
const FRAME: Feature<MultiPoint> = {
	type: 'Feature',
	properties: {},
	geometry: { type: 'MultiPoint', coordinates: [[113.3, -2.4], [120.5, 7.2]] },
};

/** Country labels: Natural Earth names are English; these are placed on land inside each country. */
const COUNTRY_LABELS: readonly { name: string; lon: number; lat: number }[] = [
	{ name: 'MALAYSIA', lon: 116.4, lat: 5.6 },
	{ name: 'MALAYSIA', lon: 114.2, lat: 2.6 },
	{ name: 'BRUNEI', lon: 114.6, lat: 4.75 },
	{ name: 'INDONESIA', lon: 114.6, lat: 0.4 },
];

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Projects Borneo's countries, borders and the given places into an SVG frame
 * of `width` user units, at build time. Natural Earth 1:50m (via world-atlas)
 * is detailed enough for a locator map and keeps the SVG small; coordinates are
 * rounded to one decimal for the same reason. Province boundaries are not
 * drawn yet: world-atlas ships countries only, and Natural Earth's admin-1
 * layer still merges North Kalimantan into East Kalimantan. Open sources that
 * separate it exist (e.g. @svg-maps/indonesia, CC BY 4.0); see the map page.
 */
export function borneoMap(places: readonly Place[], width = 560): BorneoMap {
	const topology = countries50m as unknown as CountriesTopology;
	const margin = 8;
	const fitted = geoMercator().fitWidth(width - 2 * margin, FRAME);
	const [[, y0], [, y1]] = geoPath(fitted).bounds(FRAME);
	const height = Math.ceil(y1 - y0 + 2 * margin);
	const projection = geoMercator()
		.fitExtent([[margin, margin], [width - margin, height - margin]], FRAME)
		.clipExtent([[0, 0], [width, height]]);
	const path = geoPath(projection).digits(1);
	const project = (lon: number, lat: number): [number, number] => {
		const point = projection([lon, lat]);
		if (!point) throw new Error(`borneo-map: cannot project ${lon}, ${lat}.`);
		return [round(point[0]), round(point[1])];
	};

	const land = feature(topology, topology.objects.countries)
		.features.map((country) => ({ id: String(country.id ?? country.properties.name), d: path(country) ?? '' }))
		.filter((country) => country.d !== '');
	const borders = path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? '';

	return {
		width,
		height,
		land,
		borders,
		places: places.map((place, index) => {
			const [x, y] = project(place.lon, place.lat);
			if (x < 0 || x > width || y < 0 || y > height) throw new Error(`src/data/places.ts: "${place.key}" (${place.lon}, ${place.lat}) lies outside the map frame; check its lon/lat.`);
			return { ...place, number: index + 1, x, y };
		}),
		countries: COUNTRY_LABELS.map(({ name, lon, lat }) => {
			const [x, y] = project(lon, lat);
			return { name, x, y };
		}),
	};
}

const round = (value: number): number => Math.round(value * 10) / 10;
