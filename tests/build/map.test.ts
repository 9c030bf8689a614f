import { describe, expect, it } from 'vitest';
import { places } from '../../src/data/places';
import { assertBuilt, fileOfPath, loadPage } from '../helpers/dist';

assertBuilt();

describe.each([
	{ locale: 'id' as const, path: '/peta/' },
	{ locale: 'en' as const, path: '/en/map/' },
])('map page $path', ({ locale, path }) => {
	const $ = loadPage(fileOfPath(path) as string);
	const svg = $('svg.map');

	it('is an inline SVG image named by its title and description', () => {
		expect(svg).toHaveLength(1);
		expect(svg.attr('role')).toBe('img');
		const ids = (svg.attr('aria-labelledby') ?? '').split(/\s+/);
		expect(ids).toHaveLength(2);
		for (const id of ids) expect($(`#${id}`, svg).text().trim().length, id).toBeGreaterThan(10);
		expect(svg.children('title').first().attr('id')).toBe(ids[0]);
	});

	it('draws land and international borders but needs no script', () => {
		expect(svg.find('path.map__land').length).toBeGreaterThanOrEqual(3);
		expect(svg.find('path.map__border').attr('d')).toMatch(/^M/);
		expect(svg.find('script')).toHaveLength(0);
		expect(svg.find('*').toArray().some((el) => Object.keys(el.attribs).some((name) => name.startsWith('on')))).toBe(false);
	});

	it('holds every place with an accessible name, in the description too', () => {
		const desc = svg.find('desc').text();
		for (const place of places) {
			const marker = svg.find(`g[data-place="${place.key}"]`);
			expect(marker.find('title').text(), place.key).toBe(place.name);
			expect(marker.find('circle')).toHaveLength(1);
			expect(desc).toContain(place.name);
		}
	});

	it('lists the same places below the map with why each matters and its sources', () => {
		const items = $('.map-places > li');
		expect(items).toHaveLength(places.length);
		places.forEach((place, index) => {
			const item = $(`#place-${place.key}`);
			expect(item.index(), place.key).toBe(index);
			expect(item.find('strong').text()).toBe(place.name);
			expect(item.text()).toContain(place.why[locale]);
			expect(item.find('a[href^="http"]')).toHaveLength(place.sources.length);
		});
	});

	it('names where the coordinates and borders come from', () => {
		const text = $('.places-map').text();
		expect(text).toContain('Natural Earth');
		for (const place of places) expect($(`.places-map a[href="${place.coordinates.url}"]`).length, place.key).toBeGreaterThan(0);
	});
});
