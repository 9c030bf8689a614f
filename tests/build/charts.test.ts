import { readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentFiles, readContentYaml, registryIdOfHref, type ContentFile } from '../helpers/content';
import { assertBuilt, loadPath } from '../helpers/dist';

assertBuilt();

/** A chart as written in src/content/charts.yaml. */
interface ChartEntry {
	id: string;
	title: Record<'id' | 'en', string>;
	figures: { label: Record<'id' | 'en', string>; value: number | [number, number]; source: string }[];
}

const charts = readContentYaml<ChartEntry>('charts.yaml');
/** Pages that place a chart, read from their source: `<Chart id="…" />`. */
const placements = contentFiles().flatMap((page) =>
	[...readFileSync(page.file, 'utf8').matchAll(/<Chart\s+id="([^"]+)"\s*\/>/g)].map((match) => ({
		page,
		id: match[1] ?? '',
	})),
);

/** Reads a number as the page's language writes it: `2.062,45` in Indonesian, `2,062.45` in English. */
function numbersIn(text: string, locale: ContentFile['locale']): number[] {
	const digits = text.match(/\d[\d.,]*/g) ?? [];
	return digits.map((raw) =>
		Number(locale === 'id' ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '')),
	);
}

function chartOn($: CheerioAPI, id: string) {
	return $(`figure.chart[data-chart="${id}"]`);
}

describe('the charts file', () => {
	it('has charts, each placed on a page in both languages', () => {
		expect(charts.length).toBeGreaterThanOrEqual(5);
		for (const chart of charts) {
			const locales = placements
				.filter((placement) => placement.id === chart.id)
				.map((placement) => placement.page.locale);
			expect(new Set(locales), chart.id).toEqual(new Set(['id', 'en']));
		}
	});

	it('gives every figure a source, which the page placing the chart also cites', () => {
		for (const { page, id } of placements) {
			const chart = charts.find((entry) => entry.id === id);
			expect(chart, `${page.file} places <Chart id="${id}" />, which is not in charts.yaml`).toBeDefined();
			const cited = new Set(
				[...readFileSync(page.file, 'utf8').matchAll(/^\[\^[^\]]+\]:\s*@([a-z0-9-]+)/gm)].map((match) => match[1]),
			);
			for (const figure of chart?.figures ?? [])
				expect(
					cited.has(figure.source),
					`${page.file}: chart ${id} cites ${figure.source}, which the page's footnotes do not`,
				).toBe(true);
		}
	});
});

describe.each(placements)('the chart $id on $page.path', ({ page, id }) => {
	const $ = loadPath(page.path);
	const figure = chartOn($, id);
	const chart = charts.find((entry) => entry.id === id) as ChartEntry;
	const svg = figure.find('svg');

	it('is built once, as inline SVG with a title and a description that name it', () => {
		expect(figure.length).toBe(1);
		expect(svg.length).toBe(1);
		expect(svg.attr('role')).toBe('img');
		const [titleId, descId] = (svg.attr('aria-labelledby') ?? '').split(' ');
		expect(svg.find(`title#${titleId}`).text()).toBe(chart.title[page.locale]);
		expect(svg.find(`desc#${descId}`).text().length).toBeGreaterThan(40);
		expect(figure.find('figcaption').first().text()).toBe(chart.title[page.locale]);
	});

	it('needs no script and carries no inline style', () => {
		expect(figure.find('script').length).toBe(0);
		expect(figure.find('[style]').length).toBe(0);
		expect(figure.find('[fill], [stroke]').length, 'colours come from classes').toBe(0);
	});

	it('draws every coordinate as a finite number inside its view box, rounded to 0.1', () => {
		const [, , width = 0, height = 0] = (svg.attr('viewBox') ?? '').split(' ').map(Number);
		expect(width).toBeGreaterThan(0);
		expect(svg.attr('width')).toBe(String(width));
		svg.find('rect, line, text').each((_i, element) => {
			for (const name of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2']) {
				const value = element.attribs[name];
				if (value === undefined) continue;
				expect(value, `${name}="${value}"`).toMatch(/^-?\d+(\.\d)?$/);
				expect(Number(value)).toBeGreaterThanOrEqual(0);
			}
		});
		svg.find('rect').each((_i, rect) => {
			expect(Number(rect.attribs['x']) + Number(rect.attribs['width'])).toBeLessThanOrEqual(width);
			expect(Number(rect.attribs['y']) + Number(rect.attribs['height'])).toBeLessThanOrEqual(height);
		});
	});

	it('gives the same figures as a table with a caption, in the page language, with the same numbers as the drawing', () => {
		const table = figure.find('table');
		expect(table.find('caption').text().length).toBeGreaterThan(5);
		const rows = table.find('tbody tr');
		const marks = svg.find('.chart__row');
		expect(rows.length).toBe(chart.figures.length);
		expect(marks.length).toBe(chart.figures.length);
		chart.figures.forEach((data, index) => {
			const row = rows.eq(index);
			const mark = marks.eq(index);
			expect(row.find('th').text()).toBe(data.label[page.locale]);
			expect(mark.find('text').first().text()).toBe(data.label[page.locale]);
			const shown = row.find('.chart__number').text();
			expect(mark.find('.chart__value').text()).toBe(shown);
			expect(numbersIn(shown, page.locale)).toEqual(typeof data.value === 'number' ? [data.value] : data.value);
		});
	});

	it('cites the registry entry of every figure', () => {
		const links = figure.find('tbody .chart__source a');
		chart.figures.forEach((data, index) => {
			const link = links.eq(index);
			expect(link.attr('data-cites')).toBe(data.source);
			expect(registryIdOfHref(link.attr('href') ?? '')).toBe(data.source);
		});
	});
});

describe('the kratom chart', () => {
	it("labels the governor's claim as a claim, with where and when, on a log scale", () => {
		for (const locale of ['id', 'en'] as const) {
			const page = placements.find(
				(placement) => placement.id === 'kratom-claim-prices' && placement.page.locale === locale,
			)?.page as ContentFile;
			const figure = chartOn(loadPath(page.path), 'kratom-claim-prices');
			const claim = figure.find('.chart__row--claim');
			expect(claim.length).toBe(1);
			expect(claim.find('text').first().text()).toMatch(
				locale === 'id' ? /Klaim gubernur, Tarakan, 7 Agu 2025/ : /Governor's claim, Tarakan, 7 Aug 2025/,
			);
			expect(figure.find('desc').text()).toMatch(locale === 'id' ? /logaritmik/ : /Logarithmic/);
			expect(figure.find('.chart__tick').length).toBeGreaterThanOrEqual(2);
		}
	});
});
