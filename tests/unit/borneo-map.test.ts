import svgpath from 'svgpath';
import { describe, expect, it } from 'vitest';
import { places } from '../../src/data/places';
import { borneoMap } from '../../src/lib/map/borneo-map';

const map = borneoMap(places);

/** Every absolute point a path visits (the map writes relative steps). */
function pointsOf(d: string): [number, number][] {
	const points: [number, number][] = [];
	svgpath(d)
		.abs()
		.iterate((segment) => {
			const [command, x, y] = segment as [string, number?, number?];
			if (command !== 'Z' && x !== undefined && y !== undefined) points.push([x, y]);
		});
	return points;
}

describe('borneoMap', () => {
	it('draws Indonesia, Malaysia and Brunei, clipped to the frame', () => {
		const ids = map.land.map((country) => country.id);
		expect(ids).toEqual(expect.arrayContaining(['360', '458', '096']));
		for (const { id, d } of map.land) {
			for (const [x, y] of pointsOf(d)) {
				expect(x, id).toBeGreaterThanOrEqual(0);
				expect(x, id).toBeLessThanOrEqual(map.width);
				expect(y, id).toBeGreaterThanOrEqual(0);
				expect(y, id).toBeLessThanOrEqual(map.height);
			}
		}
	});

	it('draws international borders and the Kaltim–Kaltara boundary', () => {
		expect(map.borders).toMatch(/^M/);
		expect(pointsOf(map.provinceBoundary.d).length).toBeGreaterThan(20);
	});

	it('puts every place inside the frame, numbered in order, north above south', () => {
		expect(map.places.map((place) => place.number)).toEqual(places.map((_, index) => index + 1));
		const tarakan = map.places.find((place) => place.key === 'tarakan');
		const balikpapan = map.places.find((place) => place.key === 'balikpapan');
		expect(tarakan && balikpapan && tarakan.y < balikpapan.y).toBe(true);
	});

	it('moves a crowded marker aside but keeps the place at its coordinates', () => {
		const delta = map.places.find((place) => place.key === 'delta-kayan');
		expect(delta && [delta.markerX - delta.x, delta.markerY - delta.y]).toEqual(
			places.find((place) => place.key === 'delta-kayan')?.markerOffset,
		);
	});

	it('keeps the paths small enough to inline', () => {
		const bytes = map.land.reduce(
			(sum, country) => sum + country.d.length,
			map.borders.length + map.provinceBoundary.d.length,
		);
		console.log(`borneo map: ${map.width}×${map.height}, ${bytes} bytes of path data`);
		expect(bytes).toBeLessThan(12_000);
	});

	it('names the place whose coordinates fall outside the frame', () => {
		expect(() => borneoMap([{ ...(places[0] as (typeof places)[number]), key: 'nowhere', lon: 100, lat: 0 }])).toThrow(
			/"nowhere"/,
		);
	});
});
