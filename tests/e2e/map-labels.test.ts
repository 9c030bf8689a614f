import type { Page } from 'playwright';
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

/** The map's box, its visible labels (places, countries, provinces, scale) and markers, in CSS pixels, and its smallest text. */
async function measure(): Promise<{
	map: NamedBox;
	labels: NamedBox[];
	markers: NamedBox[];
	smallestText: { text: string; px: number };
	listed: string[];
}> {
	return page.locator('svg.map').evaluate((svg) => {
		const box = (el: Element, name: string) => {
			const { left, top, right, bottom } = el.getBoundingClientRect();
			return { name, left, top, right, bottom };
		};
		// Drawn at this width: the stylesheet hides some labels and markers on a phone.
		const shown = (el: Element) => el.getClientRects().length > 0;
		const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
		const texts = [...svg.querySelectorAll('text')].filter(shown);
		const sizes = texts.map((el) => ({
			text: el.textContent ?? '',
			px: parseFloat(getComputedStyle(el).fontSize) * scale,
		}));
		return {
			map: box(svg, 'map'),
			labels: [...svg.querySelectorAll('.map__label, .map__country, .map__province-name, .map__scale-text')]
				.filter(shown)
				.map((el) => box(el, el.textContent ?? '')),
			markers: [...svg.querySelectorAll('.map__place')]
				.filter(shown)
				.map((el) =>
					box(
						el.querySelector('.map__marker') as Element,
						`marker ${el.querySelector('.map__number')?.textContent} (${el.querySelector('title')?.textContent})`,
					),
				),
			smallestText: sizes.reduce((a, b) => (b.px < a.px ? b : a), { text: '', px: Infinity }),
			listed: [...document.querySelectorAll('.map-places li strong')].map((el) => el.textContent ?? ''),
		};
	});
}

describe.each(PAGES)('map labels on /%s', (path) => {
	it.each(WIDTHS)('are inside the map and clear of each other and of the markers at %i px', async (width) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${server.root}${path}`);
		const { map, labels, markers, smallestText, listed } = await measure();
		expect(map.right - map.left, 'the map is laid out').toBeGreaterThan(200);
		const names = labels.map((label) => label.name);
		// Both provinces are named on the map at every width.
		expect(names.join(' ')).toMatch(/KALIMANTAN\s*UTARA/);
		expect(names.join(' ')).toMatch(/KALIMANTAN\s*TIMUR/);
		expect(names).toContain('100 km');
		// A phone names fewer places (no text is shrunk below 12 px); every place is in the list beside the map.
		const named = width <= 360 ? places.filter((place) => place.phone) : places;
		expect(names).toEqual(expect.arrayContaining(named.map((place) => place.name)));
		expect(markers).toHaveLength(named.length);
		expect(listed).toEqual(places.map((place) => place.name));
		expect(smallestText.px, `"${smallestText.text}" at ${width} px`).toBeGreaterThanOrEqual(12);
		expect(labelProblems(map, labels, markers), `at ${width} px`).toEqual([]);
	});
});
