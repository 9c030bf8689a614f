import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import countries10m from 'world-atlas/countries-10m.json';
import { EARTH_RADIUS_KM, KEEP_BBOX, SIMPLIFY_KM2 } from './outline-selection';
import type { CountryOutline } from '../../src/lib/map/borneo-outlines';

/**
 * Decimal places kept in [lon, lat]: 0.000001° is about 10 cm, a ten-thousandth
 * of the map's 1.5 km unit, so the drawn paths are the same to the byte as from
 * the full-precision coordinates (checked at 5 places too; 4 moves a few steps).
 */
const DIGITS = 6;
const roundLine = (line: readonly Position[]): Position[] =>
	line.map((position) => position.map((value) => Number(value.toFixed(DIGITS))));

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Whether any point of the rings or lines lies in KEEP_BBOX's longitudes and latitudes' box, i.e. their boxes meet. */
function meetsKeepBox(lines: readonly Position[][]): boolean {
	const points = lines.flat();
	const lons = points.map(([lon = NaN]) => lon);
	const lats = points.map(([, lat = NaN]) => lat);
	const [west, south, east, north] = KEEP_BBOX;
	return (
		Math.min(...lons) <= east && Math.max(...lons) >= west && Math.min(...lats) <= north && Math.max(...lats) >= south
	);
}

/** A country's polygons whose box meets KEEP_BBOX, each whole (holes and all); undefined when none does. */
function keptCountry(country: Feature<Polygon | MultiPolygon, { name: string }>): CountryOutline | undefined {
	const { geometry } = country;
	const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
		.filter(meetsKeepBox)
		.map((polygon) => polygon.map(roundLine));
	if (polygons.length === 0) return undefined;
	return {
		type: 'Feature',
		id: String(country.id ?? country.properties.name),
		properties: { name: country.properties.name },
		// The polygons and their rings keep Natural Earth's order and winding (d3-geo reads the winding on the sphere).
		geometry:
			geometry.type === 'Polygon'
				? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
				: { type: 'MultiPolygon', coordinates: polygons },
	};
}

/**
 * Natural Earth 1:10m countries (world-atlas), simplified by Visvalingam's
 * effective area on the sphere (SIMPLIFY_KM2), cut down to the polygons and
 * international border lines that reach KEEP_BBOX: the outlines the Borneo map
 * draws, with every coordinate as the build used to compute it.
 */
export function borneoOutlineFeatures(): { countries: CountryOutline[]; borders: Feature<MultiLineString> } {
	// presimplify copies the arcs, so the imported topology stays as it is.
	const topology = simplify(
		presimplify(countries10m as unknown as CountriesTopology, sphericalTriangleArea),
		SIMPLIFY_KM2 / EARTH_RADIUS_KM ** 2,
	) as CountriesTopology;
	const countries = feature(topology, topology.objects.countries)
		.features.map((country) => keptCountry(country as Feature<Polygon | MultiPolygon, { name: string }>))
		.filter((country): country is CountryOutline => country !== undefined);
	const shared = mesh(topology, topology.objects.countries, (a, b) => a !== b);
	return {
		countries,
		borders: {
			type: 'Feature',
			id: 'borders',
			properties: { name: 'International land borders' },
			geometry: {
				type: 'MultiLineString',
				coordinates: shared.coordinates.filter((line) => meetsKeepBox([line])).map(roundLine),
			},
		},
	};
}
