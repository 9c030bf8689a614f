import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOUR_RULES } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { contentFiles } from '../helpers/content';
import { assertBuilt } from '../helpers/dist';
import { contextFor, view, type ViewCombination } from '../helpers/matrix';
import { serveDist, type StaticServer } from '../helpers/server';
import { ui } from '../helpers/ui';

assertBuilt();

/** Every page that places a chart, from the content sources. */
const chartPages = contentFiles()
	.filter((page) => /<Chart\s/.test(readFileSync(page.file, 'utf8')))
	.map((page) => page.path.replace(/^\//, ''));

const views: ViewCombination[] = [view('light', 'phone'), view('dark', 'phone')];

/** What the browser measures of one chart: its box against its container's, text boxes against the view box, colours. */
interface ChartMeasure {
	id: string;
	svgWidth: number;
	containerWidth: number;
	tableOverflow: number;
	smallestFontPx: number;
	textOutsideViewBox: string[];
	markContrast: number;
	textContrast: number;
}

/** Runs in the page: measures every chart (kept free of imports, as it is serialised into the browser). */
function measureCharts(): ChartMeasure[] {
	const rgb = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
	const luminance = (colour: string): number => {
		const [r = 0, g = 0, b = 0] = rgb(colour).map((channel) => {
			const c = channel / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const contrast = (a: string, b: string): number => {
		const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
		return (light + 0.05) / (dark + 0.05);
	};
	const background = getComputedStyle(document.body).backgroundColor;
	return [...document.querySelectorAll<HTMLElement>('figure.chart')].map((figure) => {
		// The rendering the stylesheet shows at this width (a phone's or the wide one).
		const svg = [...figure.querySelectorAll<SVGSVGElement>('svg.chart__svg')].find(
			(one) => getComputedStyle(one).display !== 'none',
		) as SVGSVGElement;
		const table = figure.querySelector('table') as HTMLTableElement;
		const box = svg.viewBox.baseVal;
		const scale = svg.getBoundingClientRect().width / box.width;
		const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
		const outside = texts.filter((text) => {
			const b = text.getBBox();
			return b.x < -0.5 || b.y < -0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5;
		});
		// The table as a reader who chose "Table" sees it: it must fit the column too.
		const showTable = figure.querySelector<HTMLInputElement>('.chart__show-table') as HTMLInputElement;
		const showChart = figure.querySelector<HTMLInputElement>('.chart__show-chart') as HTMLInputElement;
		showTable.checked = true;
		const tableOverflow = Math.max(table.scrollWidth, table.getBoundingClientRect().width) - figure.clientWidth;
		showChart.checked = true;
		const marks = [...svg.querySelectorAll('rect')].map((rect) => contrast(getComputedStyle(rect).fill, background));
		const textColours = texts.map((text) => contrast(getComputedStyle(text).fill, background));
		return {
			id: figure.dataset['chart'] ?? '',
			svgWidth: svg.getBoundingClientRect().width,
			containerWidth: (figure.parentElement as HTMLElement).clientWidth,
			tableOverflow,
			smallestFontPx: Math.min(
				...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale),
				...[
					...figure.querySelectorAll<HTMLElement>('.chart__head span, .chart__log, .chart__foot li, .chart__foot p'),
				].map((element) => parseFloat(getComputedStyle(element).fontSize)),
			),
			textOutsideViewBox: outside.map((text) => text.textContent ?? ''),
			markContrast: Math.min(...marks),
			textContrast: Math.min(...textColours),
		};
	});
}

let server: StaticServer;
let browser: Browser;
let tabs: { combination: ViewCombination; context: BrowserContext; page: Page }[] = [];

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	tabs = await Promise.all(
		views.map(async (combination) => {
			const context = await contextFor(browser, combination);
			return { combination, context, page: await context.newPage() };
		}),
	);
});

afterAll(async () => {
	await Promise.all(tabs.map(({ context }) => context.close()));
	await browser?.close();
	await server?.close();
});

describe('the chart–table switch', () => {
	it('shows the table and hides the drawing when "Table" is chosen, without script', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${server.root}en/commodities/kratom/`);
		const figure = page.locator('figure.chart').first();
		// The panel that holds the table: 1 px and clipped while the chart shows, the column's width once chosen.
		const table = figure.locator('.chart__panel--table');
		expect((await table.boundingBox())?.width ?? 0, 'the table is off screen at first').toBeLessThanOrEqual(1);
		await figure.locator('label', { hasText: ui.en('chart.showTable') }).click();
		expect(await figure.locator('svg.chart__svg--phone').isVisible()).toBe(false);
		expect((await table.boundingBox())?.width ?? 0).toBeGreaterThan(200);
		await figure.locator('label', { hasText: ui.en('chart.showChart') }).click();
		expect(await figure.locator('svg.chart__svg--phone').isVisible()).toBe(true);
		await context.close();
	});
});

describe('charts in Chromium on a 360 px phone, light and dark', () => {
	it('are placed on pages', () => {
		// Kratom, the economy page and shrimp, in both languages.
		expect(chartPages.length).toBeGreaterThanOrEqual(6);
	});

	it.each(chartPages)(
		'/%s: every chart fits its column without scrolling, keeps its text inside and legible, with enough contrast',
		async (path) => {
			for (const { combination, page } of tabs) {
				await page.goto(`${server.root}${path}`);
				expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), combination.name).toBe(
					combination.colorScheme === 'dark',
				);
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
					`${combination.name}: the page scrolls sideways`,
				).toBeLessThanOrEqual(0);
				const charts = await page.evaluate(measureCharts);
				expect(charts.length).toBeGreaterThan(0);
				for (const chart of charts) {
					const where = `${combination.name}, chart ${chart.id}`;
					expect(chart.svgWidth, `${where}: wider than its column`).toBeLessThanOrEqual(chart.containerWidth + 0.5);
					expect(chart.tableOverflow, `${where}: the table scrolls sideways`).toBeLessThanOrEqual(0);
					expect(chart.textOutsideViewBox, `${where}: text cut off at the edge`).toEqual([]);
					expect(chart.smallestFontPx, `${where}: text under 12 px`).toBeGreaterThanOrEqual(12);
					expect(
						chart.markContrast,
						`${where}: bars against the background (WCAG 1.4.11 needs 3:1)`,
					).toBeGreaterThanOrEqual(3);
					expect(
						chart.textContrast,
						`${where}: text against the background (WCAG 1.4.3 needs 4.5:1)`,
					).toBeGreaterThanOrEqual(4.5);
				}
				const { violations } = await new AxeBuilder({ page })
					.include('figure.chart')
					.withRules([...COLOUR_RULES])
					.analyze();
				expect(
					violations.map(
						(violation) =>
							`${combination.name}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
					),
				).toEqual([]);
			}
		},
	);
});
