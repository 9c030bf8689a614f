import { existsSync, readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { contentFiles, readContentYaml, registryIdOfHref, type ContentFile } from '../helpers/content';
import { join } from 'node:path';
import { assertBuilt, distDir, loadPath } from '../helpers/dist';
import { type Locale } from '../../src/i18n/locales';

assertBuilt();

/** A chart as written in src/content/charts.yaml. */
interface ChartEntry {
	id: string;
	title: Record<Locale, string>;
	subtitle: Record<Locale, string>;
	unit: Record<Locale, string>;
	period: Record<Locale, string>;
	notes?: Record<Locale, string>[];
	scale?: 'linear' | 'log';
	currency?: string;
	prefix?: string;
	figures: { label: Record<Locale, string>; value: number | [number, number]; source: string }[];
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
	const svgs = figure.find('svg.chart__svg');
	const svg = svgs.first();

	it('is built once, drawn twice (phone and wide) as inline SVG with a title and a description that name it', () => {
		expect(figure.length).toBe(1);
		expect(svgs.length).toBe(2);
		svgs.each((_i, element) => {
			const one = $(element);
			expect(one.attr('role')).toBe('img');
			const [titleId, descId] = (one.attr('aria-labelledby') ?? '').split(' ');
			expect(one.find(`title#${titleId}`).text()).toBe(chart.title[page.locale]);
			expect(one.find(`desc#${descId}`).text().length).toBeGreaterThan(40);
		});
		expect(figure.find('figcaption .chart__title').text()).toBe(chart.title[page.locale]);
	});

	it('shows its subtitle, unit and period, notes and a source line naming every source on the chart itself', () => {
		expect(figure.find('.chart__subtitle').text()).toBe(chart.subtitle[page.locale]);
		const unitLine = figure.find('.chart__unit').text();
		expect(unitLine).toContain(chart.unit[page.locale]);
		expect(unitLine).toContain(chart.period[page.locale]);
		expect(figure.find('.chart__notes li').length).toBe(chart.notes?.length ?? 0);
		const sourceLine = figure.find('.chart__sources');
		expect(sourceLine.find('strong').text()).toBe(page.locale === 'id' ? 'Sumber:' : 'Source:');
		const cited = sourceLine
			.find('a')
			.map((_i, a) => $(a).attr('data-cites'))
			.get();
		expect(new Set(cited)).toEqual(new Set(chart.figures.map((data) => data.source)));
		sourceLine.find('a').each((_i, a) => {
			expect(registryIdOfHref($(a).attr('href') ?? '')).toBe($(a).attr('data-cites'));
		});
	});

	it('states a logarithmic scale in visible text, outside the drawing', () => {
		const note = figure.find('.chart__log');
		if (chart.scale === 'log') {
			expect(note.length).toBe(1);
			expect(note.closest('svg').length).toBe(0);
			expect(note.text()).toMatch(page.locale === 'id' ? /Skala logaritmik/ : /Logarithmic scale/);
		} else expect(note.length).toBe(0);
	});

	it('switches between chart and table without script: two labelled radio buttons in one group', () => {
		const radios = figure.find('.chart__switch input[type="radio"]');
		expect(radios.length).toBe(2);
		expect(new Set(radios.map((_i, r) => $(r).attr('name')).get()).size).toBe(1);
		radios.each((_i, radio) => {
			expect(figure.find(`label[for="${$(radio).attr('id')}"]`).length).toBe(1);
		});
		expect(figure.find('.chart__show-chart').attr('checked')).toBeDefined();
	});

	it('links its own download: the figures as CSV and a README, both built', () => {
		const links = figure.find('.chart__download a');
		expect(links.length).toBe(2);
		const hrefs = links.map((_i, a) => $(a).attr('href') ?? '').get();
		expect(hrefs[0]).toMatch(new RegExp(`/data/charts/${id}\\.csv$`));
		expect(hrefs[1]).toMatch(new RegExp(`/data/charts/${id}-README\\.txt$`));
		for (const href of hrefs) expect(existsSync(join(distDir, href.replace(/^\//, ''))), href).toBe(true);
	});

	it('needs no script and carries no inline style', () => {
		expect(figure.find('script').length).toBe(0);
		expect(figure.find('[style]').length).toBe(0);
		expect(figure.find('svg [fill], svg [stroke]').length, 'colours come from classes').toBe(0);
	});

	it('draws every coordinate as a finite number inside its view box, rounded to 0.1', () => {
		svgs.each((_s, one) => {
			const drawing = $(one);
			const [, , width = 0, height = 0] = (drawing.attr('viewBox') ?? '').split(' ').map(Number);
			expect(width).toBeGreaterThan(0);
			drawing.find('rect, line, text').each((_i, element) => {
				for (const name of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2']) {
					const value = element.attribs[name];
					if (value === undefined) continue;
					expect(value, `${name}="${value}"`).toMatch(/^-?\d+(\.\d)?$/);
					expect(Number(value)).toBeGreaterThanOrEqual(0);
				}
			});
			drawing.find('rect').each((_i, rect) => {
				expect(Number(rect.attribs['x']) + Number(rect.attribs['width'])).toBeLessThanOrEqual(width);
				expect(Number(rect.attribs['y']) + Number(rect.attribs['height'])).toBeLessThanOrEqual(height);
			});
		});
	});

	it('gives the same figures as a table with a caption, in the page language, with the same numbers as the drawing', () => {
		const table = figure.find('table');
		expect(table.length).toBe(1);
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

	it('names the source of every figure in its table row', () => {
		const cells = figure.find('tbody .chart__source');
		chart.figures.forEach((data, index) => expect(cells.eq(index).attr('data-cites')).toBe(data.source));
	});
});

describe('chart downloads', () => {
	it.each(charts.map((chart) => chart.id))('%s: a README with unit, period, every source URL and a citation', (id) => {
		const chart = charts.find((entry) => entry.id === id) as ChartEntry;
		const readme = readFileSync(join(distDir, 'data', 'charts', `${id}-README.txt`), 'utf8');
		expect(readme).toContain(chart.unit.en);
		expect(readme).toContain(chart.period.en);
		expect(readme).toMatch(/Cara mengutip \/ How to cite/);
		// Cited and its columns explained in both languages, Indonesian first.
		expect(readme).toContain(`"${chart.title.id}" [set data]`);
		expect(readme).toContain(`"${chart.title.en}" [dataset]`);
		expect(readme).toMatch(/- value_low \(number\): Angka; .*\r\n {2}The figure;/);
		const registry = readContentYaml<{ id: string; url: string }>('sources.yaml');
		for (const figure of chart.figures)
			expect(readme).toContain((registry.find((source) => source.id === figure.source) as { url: string }).url);
		if (chart.scale === 'log') expect(readme).toMatch(/logarithmic/);
	});

	it.each(charts.map((chart) => chart.id))('%s: money charts name their currency', (id) => {
		const chart = charts.find((entry) => entry.id === id) as ChartEntry;
		const money = /^(Rp|US\$)/.test(chart.prefix ?? '');
		expect(Boolean(chart.currency), `${id}: a chart in ${chart.prefix} needs "currency"`).toBe(money);
	});
});

describe('the kratom chart', () => {
	it("labels the governor's claim as a claim, with where and when, on a log scale", () => {
		for (const locale of ['id', 'en'] as const) {
			const page = placements.find(
				(placement) => placement.id === 'kratom-claim-prices' && placement.page.locale === locale,
			)?.page as ContentFile;
			const figure = chartOn(loadPath(page.path), 'kratom-claim-prices');
			const claim = figure.find('svg.chart__svg--phone .chart__row--claim');
			expect(claim.length).toBe(1);
			expect(claim.find('text').first().text()).toMatch(
				locale === 'id' ? /Klaim gubernur, Tarakan, 7 Agu 2025/ : /Governor's claim, Tarakan, 7 Aug 2025/,
			);
			expect(figure.find('desc').first().text()).toMatch(locale === 'id' ? /logaritmik/ : /Logarithmic/);
			expect(figure.find('.chart__tick').length).toBeGreaterThanOrEqual(2);
		}
	});
});
