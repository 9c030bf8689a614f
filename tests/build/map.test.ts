import svgpath from 'svgpath';
import { describe, expect, it } from 'vitest';
import { places } from '../../src/data/places';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, distDir, fileOfPath, loadPage } from '../helpers/dist';

assertBuilt();

type Point = [number, number];

/** The closed rings of a built path, in absolute SVG units. */
function ringsOf(d: string): Point[][] {
	const rings: Point[][] = [];
	svgpath(d)
		.abs()
		.iterate((segment) => {
			const [command, x, y] = segment as [string, number?, number?];
			if (command === 'M') rings.push([[x as number, y as number]]);
			else if (command !== 'Z' && x !== undefined && y !== undefined) rings.at(-1)?.push([x, y]);
		});
	return rings;
}

/** Whether a point lies inside a ring (even-odd rule). */
function inside([x, y]: Point, ring: readonly Point[]): boolean {
	let result = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as Point;
		const [xj, yj] = ring[j] as Point;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
	}
	return result;
}

const area = (ring: readonly Point[]): number =>
	Math.abs(
		ring.reduce((sum, [x, y], i) => {
			const [nx, ny] = ring[(i + 1) % ring.length] as Point;
			return sum + x * ny - nx * y;
		}, 0),
	) / 2;

/**
 * The islands off Kaltara that a 1:50m coastline merged into the mainland, at the coordinates
 * idn-area-data gives them (islands.csv, from the Indonesian government's island register; ODbL):
 * Pulau Tarakan 65.71.40002, Pulau Nunukan 65.03.40014, Pulau Sebatik 65.03.40018.
 */
const ISLANDS: readonly { name: string; lon: number; lat: number }[] = [
	{ name: 'Tarakan', lon: 117.597, lat: 3.3628 },
	{ name: 'Nunukan', lon: 117.6649, lat: 4.0638 },
	{ name: 'Sebatik', lon: 117.7874, lat: 4.1433 },
];

/** The places the pages discuss, which the map must show by name. */
const DISCUSSED = [
	'Mentarang',
	'Delta Kayan',
	'Long Bagun (Mahakam Ulu)',
	'Kapuas Hulu (Kalbar)',
	'Tarakan',
	'Krayan (Long Bawan)',
];

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
		expect(
			svg
				.find('*')
				.toArray()
				.some((el) => Object.keys(el.attribs).some((name) => name.startsWith('on'))),
		).toBe(false);
	});

	it('holds every place with an accessible name, in the description too', () => {
		const desc = svg.find('desc').text();
		for (const place of places) {
			const marker = svg.find(`g[data-place="${place.key}"]`);
			expect(marker.find('title').text(), place.key).toBe(place.name);
			expect(marker.find('circle.map__marker')).toHaveLength(1);
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
		expect(text).toContain(locale === 'id' ? '1:10 juta' : '1:10 million');
		for (const place of places)
			expect($(`.places-map a[href="${place.coordinates.url}"]`).length, place.key).toBeGreaterThan(0);
	});

	it('shows the places the pages discuss, and says why Long Midang has no point of its own', () => {
		const labels = svg
			.find('.map__label')
			.toArray()
			.map((el) => $(el).text());
		for (const name of DISCUSSED) {
			expect(labels, name).toContain(name);
			expect(
				$('.map-places > li strong')
					.toArray()
					.map((el) => $(el).text()),
				name,
			).toContain(name);
		}
		expect($('.places-map').text()).toMatch(
			locale === 'id' ? /Long Midang[^.]*tidak punya titik sendiri/ : /Long Midang[^.]*has no point of its own/,
		);
	});

	it('draws the Kaltim–Kaltara boundary and credits its data: source, author, original, licence, changes and fit', () => {
		const rings = ringsOf(svg.find('path.map__province').attr('d') ?? '');
		expect(rings.flat().length, 'points on the boundary').toBeGreaterThan(20);
		const credit = $('.map-data__province');
		expect(
			credit.find('a[href="https://github.com/VictorCazanave/svg-maps/tree/master/packages/indonesia"]').text(),
		).toBe('@svg-maps/indonesia');
		expect(credit.text()).toContain('Bashir Arrohman');
		expect(credit.find('a[href="https://mapsvg.com/maps/indonesia"]')).toHaveLength(1);
		expect(credit.find('a[href="https://creativecommons.org/licenses/by/4.0/"]').text()).toBe('CC BY 4.0');
		expect(credit.text()).toMatch(
			locale === 'id'
				? /Kami mengubahnya.*median \d+,\d km; 90 % titiknya kurang dari \d+,\d km/
				: /We changed it.*a median \d+\.\d km .*90 % of its points within \d+\.\d km/,
		);
		expect($('.map-legend').text()).toMatch(/Kalimantan Timur/);
		expect($('#map-desc').text()).toMatch(
			locale === 'id'
				? /batas Provinsi Kalimantan Timur dan Kalimantan Utara/
				: /boundary between the provinces of East Kalimantan and North Kalimantan/,
		);
	});

	it('draws Tarakan, Nunukan and Sebatik as islands, apart from the mainland', () => {
		// The map is Mercator: x grows with longitude, y with the Mercator ordinate. Two unmoved markers give its scale and origin.
		const at = (key: string): Point => {
			const marker = svg.find(`g[data-place="${key}"] circle.map__marker`);
			return [Number(marker.attr('cx')), Number(marker.attr('cy'))];
		};
		const mercator = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const [tarakan, balikpapan] = [
			places.find((p) => p.key === 'tarakan'),
			places.find((p) => p.key === 'balikpapan'),
		] as [(typeof places)[number], (typeof places)[number]];
		const [tx, ty] = at('tarakan');
		const [bx, by] = at('balikpapan');
		const kx = (tx - bx) / (tarakan.lon - balikpapan.lon);
		const ky = (ty - by) / (mercator(tarakan.lat) - mercator(balikpapan.lat));
		const project = (lon: number, lat: number): Point => [
			tx + kx * (lon - tarakan.lon),
			ty + ky * (mercator(lat) - mercator(tarakan.lat)),
		];
		const indonesia = ringsOf(svg.find('path.map__land[data-country="360"]').attr('d') ?? '');
		const mainland = project(116.63, 3.58); // Malinau, inland
		for (const island of ISLANDS) {
			const point = project(island.lon, island.lat);
			const ring = indonesia.find((candidate) => inside(point, candidate));
			expect(ring, `${island.name} is on Indonesian land`).toBeDefined();
			expect(inside(mainland, ring as Point[]), `${island.name} is drawn as its own island`).toBe(false);
			expect(area(ring as Point[]), `${island.name} is an island, not a sliver`).toBeGreaterThan(4);
		}
	});

	it('names both provinces on the map, with a scale bar and a key to its symbols', () => {
		const provinces = svg
			.find('.map__province-name--wide')
			.map((_i, el) => $(el).text())
			.get();
		expect(provinces).toEqual(['KALIMANTAN UTARA', 'KALIMANTAN TIMUR']);
		expect(svg.find('.map__scale-text').text()).toBe('100 km');
		const bar = svg.find('.map__scale-bar').attr('d') ?? '';
		expect(bar).toMatch(/^M[\d.]+ [\d.]+v5h[\d.]+v-5$/);
		const legend = $('.map-legend li');
		expect(legend.length).toBe(4);
		expect(legend.text()).toMatch(
			locale === 'id'
				? /Batas Kalimantan Timur–Kalimantan Utara/
				: /Boundary between Kalimantan Timur and Kalimantan Utara/,
		);
	});

	it('links the places as GeoJSON, each with its sources', () => {
		const link = $('.map-download a');
		expect(link.attr('href')).toMatch(/\/data\/places\.geojson$/);
		const geojson = JSON.parse(readFileSync(join(distDir, 'data', 'places.geojson'), 'utf8')) as {
			type: string;
			features: { geometry: { coordinates: number[] }; properties: { name: string; source_urls: string[] } }[];
		};
		expect(geojson.type).toBe('FeatureCollection');
		expect(geojson.features.map((feature) => feature.properties.name)).toEqual(places.map((place) => place.name));
		for (const feature of geojson.features) {
			expect(feature.properties.source_urls.length).toBeGreaterThan(0);
			for (const address of feature.properties.source_urls) expect(address).toMatch(/^https?:\/\//);
		}
	});
});
