import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import countries10m from 'world-atlas/countries-10m.json';
import { kaltimKaltaraBoundary } from '../../src/lib/map/province-boundary';

const topology = countries10m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const indonesia = feature(topology, topology.objects.countries).features.find(
	(country) => country.properties.name === 'Indonesia',
);
const outline = (indonesia?.geometry as MultiPolygon).coordinates.flat(2) as [number, number][];
/** Distance in km from a point to the nearest vertex of Natural Earth's outline of Indonesia. */
const kmToOutline = (point: [number, number]): number =>
	Math.min(...outline.map((vertex) => geoDistance(point, vertex))) * 6371;

describe('kaltimKaltaraBoundary', () => {
	const { line, fit } = kaltimKaltaraBoundary();

	it('runs from the coast in the east to the border with Sarawak in the west', () => {
		const east = line[0] as [number, number];
		const west = line.at(-1) as [number, number];
		expect(east[0]).toBeGreaterThan(117.5);
		expect(west[0]).toBeLessThan(115);
		expect(kmToOutline(east), 'east end to the coast').toBeLessThan(5);
		expect(kmToOutline(west), 'west end to the border').toBeLessThan(5);
	});

	it('stays between the two provinces’ capitals: Tanjung Selor to its north, Samarinda far to its south', () => {
		// Latitude of the line near Tanjung Selor's longitude (117.37).
		const near = line.reduce((best, point) =>
			Math.abs(point[0] - 117.37) < Math.abs(best[0] - 117.37) ? point : best,
		);
		expect(near[1]).toBeLessThan(2.84);
		expect(near[1]).toBeGreaterThan(-0.5);
	});

	it('fits its source to Natural Earth to within about a kilometre', () => {
		expect(fit.median).toBeLessThan(1.5);
		expect(fit.p90).toBeLessThan(4);
	});
});
