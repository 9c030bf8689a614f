import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import countries10m from 'world-atlas/countries-10m.json';
import { kaltimKaltaraBoundary, type ProvinceBoundaries } from '../../src/lib/map/province-boundary';

const FILE = join(process.cwd(), 'src', 'data', 'province-boundaries.json');
const text = readFileSync(FILE, 'utf8');
const collection = JSON.parse(text) as ProvinceBoundaries;

const topology = countries10m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const indonesia = feature(topology, topology.objects.countries).features.find(
	(country) => country.properties.name === 'Indonesia',
);
const outline = (indonesia?.geometry as MultiPolygon).coordinates.flat(2) as [number, number][];
/** Distance in km from a point to the nearest vertex of Natural Earth's outline of Indonesia. */
const kmToOutline = (point: [number, number]): number =>
	Math.min(...outline.map((vertex) => geoDistance(point, vertex))) * 6371;

const require = createRequire(import.meta.url);
const installedVersion = (name: string): string =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

describe('src/data/province-boundaries.json (written by npm run fit-boundary)', () => {
	it('is valid GeoJSON', () => {
		expect(getIssues(text)).toEqual([]);
	});

	it('holds both provinces as polygons, counter-clockwise (RFC 7946), and the boundary between them', () => {
		const provinces = collection.features.filter((f) => f.geometry.type === 'MultiPolygon');
		expect(provinces.map((f) => [f.id, f.properties?.['name']])).toEqual([
			['id-ki', 'Kalimantan Timur'],
			['id-ku', 'Kalimantan Utara'],
		]);
		for (const province of provinces) {
			for (const [ring] of (province.geometry as MultiPolygon).coordinates) {
				const area = (ring ?? []).reduce((sum, [x0 = 0, y0 = 0], i, all) => {
					const [x1 = 0, y1 = 0] = all[(i + 1) % all.length] ?? [];
					return sum + x0 * y1 - x1 * y0;
				}, 0);
				expect(area, `${province.id}: exterior ring turns counter-clockwise`).toBeGreaterThan(0);
			}
		}
		expect(collection.features.filter((f) => f.geometry.type === 'LineString')).toHaveLength(1);
	});

	it('records its source, the projection assumed, the method and a fit error within the stated bounds', () => {
		const { source, reference, projection, method, fitError } = collection.metadata;
		expect(source.package).toBe('@svg-maps/indonesia');
		expect(source.version, 'the installed package changed: run npm run fit-boundary and commit the file').toBe(
			installedVersion('@svg-maps/indonesia'),
		);
		expect(reference.version, 'the installed world-atlas changed: run npm run fit-boundary').toBe(
			installedVersion('world-atlas'),
		);
		expect(['mercator', 'equirectangular']).toContain(projection.assumed);
		expect(method).toMatch(/iterative closest points/i);
		expect(fitError.unit).toBe('km');
		expect(fitError.points).toBeGreaterThan(200);
		// The bounds a locator map drawn at about 1.5 km a pixel can carry.
		expect(fitError.rms).toBeLessThan(2.5);
		expect(fitError.median).toBeLessThan(1.5);
		expect(fitError.p90).toBeLessThan(4);
		expect(fitError.max, 'the worst point (the SVG draws Sebatik differently)').toBeLessThan(15);
	});
});

describe('kaltimKaltaraBoundary', () => {
	const { line, fit } = kaltimKaltaraBoundary();

	it('reads the recorded fit error', () => {
		expect(fit).toEqual(collection.metadata.fitError);
	});

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

	it('names the file and the fix when the boundary is missing', () => {
		expect(() => kaltimKaltaraBoundary({ ...collection, features: [] })).toThrow(
			/province-boundaries\.json.*npm run fit-boundary/,
		);
	});
});
