import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { places } from '../../src/data/places';
import { useBrowserSession } from '../helpers/browser-session';
import { assertBuilt } from '../helpers/dist';
import { labelProblems, type NamedBox } from '../helpers/label-overlap';
import type { StaticServer } from '../helpers/server';

assertBuilt();

/**
 * Every label on the map must be readable whole: inside the map's box (the
 * SVG clips anything past its edge, as it once clipped "Krayan"), clear of
 * every other label and of every numbered marker. Measured in Chromium, as
 * laid out with the real fonts, in both languages at a phone, a tablet and a
 * desktop width.
 */
const PAGES = ['peta/', 'en/map/'];
const WIDTHS = [360, 768, 1280];

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

/** The map's box, its place and country labels, and its markers, in CSS pixels. */
async function measure(): Promise<{ map: NamedBox; labels: NamedBox[]; markers: NamedBox[] }> {
	return page.locator('svg.map').evaluate((svg) => {
		const box = (el: Element, name: string) => {
			const { left, top, right, bottom } = el.getBoundingClientRect();
			return { name, left, top, right, bottom };
		};
		return {
			map: box(svg, 'map'),
			labels: [...svg.querySelectorAll('.map__label, .map__country')].map((el) => box(el, el.textContent ?? '')),
			markers: [...svg.querySelectorAll('.map__place')].map((el) =>
				box(
					el.querySelector('.map__marker') as Element,
					`marker ${el.querySelector('.map__number')?.textContent} (${el.querySelector('title')?.textContent})`,
				),
			),
		};
	});
}

describe.each(PAGES)('map labels on /%s', (path) => {
	it.each(WIDTHS)('are inside the map and clear of each other and of the markers at %i px', async (width) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${server.root}${path}`);
		const { map, labels, markers } = await measure();
		expect(map.right - map.left, 'the map is laid out').toBeGreaterThan(200);
		expect(labels.map((label) => label.name)).toEqual(expect.arrayContaining(places.map((place) => place.name)));
		expect(markers).toHaveLength(places.length);
		expect(labelProblems(map, labels, markers), `at ${width} px`).toEqual([]);
	});
});
