import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { KEEP_BBOX, SIMPLIFY_KM2 } from '../../scripts/fit-boundary/outline-selection';
import { borneoOutlines, type BorneoOutlines } from '../../src/lib/map/borneo-outlines';
import { FRAME_CORNERS } from '../../src/lib/map/frame';

const FILE = join(process.cwd(), 'src', 'data', 'borneo-outlines.json');
const text = readFileSync(FILE, 'utf8');
const collection = JSON.parse(text) as BorneoOutlines;

const require = createRequire(import.meta.url);
const installedVersion = (name: string): string =>
	(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/** Every [lon, lat] of a feature's geometry. */
const positionsOf = (coordinates: unknown): Position[] =>
	typeof (coordinates as unknown[])[0] === 'number'
		? [coordinates as Position]
		: (coordinates as unknown[]).flatMap(positionsOf);

describe('src/data/borneo-outlines.json (written by npm run fit-boundary)', () => {
	it('is valid GeoJSON', () => {
		expect(getIssues(text)).toEqual([]);
	});

	it('records the installed world-atlas and topojson-simplify and the threshold the script uses', () => {
		const { source, simplification, kept } = collection.metadata;
		expect(source.package).toBe('world-atlas');
		expect(source.version, 'the installed world-atlas changed: run npm run fit-boundary and commit the file').toBe(
			installedVersion('world-atlas'),
		);
		expect(source.file).toBe('countries-10m.json');
		expect(simplification.package).toBe('topojson-simplify');
		expect(
			simplification.version,
			'the installed topojson-simplify changed: run npm run fit-boundary and commit the file',
		).toBe(installedVersion('topojson-simplify'));
		expect(simplification.minAreaKm2, 'SIMPLIFY_KM2 changed: run npm run fit-boundary').toBe(SIMPLIFY_KM2);
		expect(kept.bbox, 'the frame or the margin changed: run npm run fit-boundary').toEqual(KEEP_BBOX);
	});

	it('keeps a box around the whole frame, and only what meets it', () => {
		const [west, south, east, north] = collection.metadata.kept.bbox;
		const [[frameWest, frameSouth], [frameEast, frameNorth]] = FRAME_CORNERS;
		expect(west).toBeLessThan(frameWest);
		expect(south).toBeLessThan(frameSouth);
		expect(east).toBeGreaterThan(frameEast);
		expect(north).toBeGreaterThan(frameNorth);
		// Borneo's polygon reaches west to about 108.8° E; nothing from Sumatra (west of 106° E) or Papua (east of 130° E).
		const lons = collection.features.flatMap((feature) =>
			positionsOf(feature.geometry.coordinates).map(([lon = NaN]) => lon),
		);
		expect(Math.min(...lons)).toBeGreaterThan(106);
		expect(Math.max(...lons)).toBeLessThan(130);
	});

	it('holds Indonesia, Malaysia and Brunei, as the metadata says, and the borders as one MultiLineString', () => {
		const { countries, borders } = borneoOutlines(collection);
		const names = countries.map((country) => country.properties.name);
		expect(names).toEqual(collection.metadata.kept.countries);
		expect(names).toEqual(expect.arrayContaining(['Indonesia', 'Malaysia', 'Brunei']));
		expect(borders.geometry.coordinates.length).toBeGreaterThan(0);
	});

	it('names the file and the fix when the borders are missing', () => {
		expect(() =>
			borneoOutlines({
				...collection,
				features: collection.features.filter((feature) => feature.geometry.type !== 'MultiLineString'),
			}),
		).toThrow(/borneo-outlines\.json.*npm run fit-boundary/);
	});
});
