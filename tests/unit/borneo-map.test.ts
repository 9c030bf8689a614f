import { describe, expect, it } from 'vitest';
import { places } from '../../src/data/places';
import { borneoMap } from '../../src/lib/borneo-map';

const map = borneoMap(places);

describe('borneoMap', () => {
	it('draws Indonesia, Malaysia and Brunei, clipped to the frame', () => {
		const ids = map.land.map((country) => country.id);
		expect(ids).toEqual(expect.arrayContaining(['360', '458', '096']));
		for (const { d } of map.land) {
			const numbers = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(map.width, map.height));
		}
	});

	it('draws international borders', () => {
		expect(map.borders).toMatch(/^M/);
	});

	it('puts every place inside the frame, numbered in order, north above south', () => {
		expect(map.places.map((place) => place.number)).toEqual(places.map((_, index) => index + 1));
		const tarakan = map.places.find((place) => place.key === 'tarakan');
		const balikpapan = map.places.find((place) => place.key === 'balikpapan');
		expect(tarakan && balikpapan && tarakan.y < balikpapan.y).toBe(true);
	});

	it('keeps the paths small enough to inline', () => {
		const bytes = map.land.reduce((sum, country) => sum + country.d.length, map.borders.length);
		console.log(`borneo map: ${map.width}×${map.height}, ${bytes} bytes of path data`);
		expect(bytes).toBeLessThan(40_000);
	});

	it('names the place whose coordinates fall outside the frame', () => {
		expect(() => borneoMap([{ ...places[0]!, key: 'nowhere', lon: 100, lat: 0 }])).toThrow(/"nowhere"/);
	});
});
