import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, layoutBarChart, type BarChartInput, type BarInput } from '../../src/lib/charts/bar-chart';

const figure = (label: string, value: BarInput['value'], claim = false): BarInput => ({
	label,
	value,
	valueText: String(value),
	claim,
});
const chart = (figures: BarInput[], scale: BarChartInput['scale'] = 'linear', max?: number): BarChartInput => ({
	scale,
	max,
	figures,
	tickLabel: (value) => `${value}`,
});
const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('layoutBarChart', () => {
	it('draws linear bars from zero in proportion, inside the view box, rounded to 0.1', () => {
		const layout = layoutBarChart(chart([figure('2024', 2062.45), figure('2025', 1022.35)]));
		const [first, second] = layout.rows;
		expect(first?.x).toBe(0);
		expect(second?.x).toBe(0);
		expect((second?.width ?? 0) / (first?.width ?? 1)).toBeCloseTo(1022.35 / 2062.45, 2);
		for (const row of layout.rows) {
			expect(row.valueX).toBeLessThan(CHART_WIDTH);
			for (const coordinate of [row.x, row.y, row.width, row.valueX, row.valueY, row.labelY])
				expect(decimals(coordinate)).toBeLessThanOrEqual(1);
		}
		expect(layout.ticks).toEqual([]);
	});

	it('ends a linear axis at the given whole (shares of 100 %)', () => {
		const layout = layoutBarChart(chart([figure('Kaltim', 47.29)], 'linear', 100));
		const plot = layout.rows[0]?.width ?? 0;
		expect(plot).toBeGreaterThan(0);
		const full = layoutBarChart(chart([figure('Kaltim', 47.29)])).rows[0]?.width ?? 0;
		expect(plot / full).toBeCloseTo(0.4729, 2);
	});

	it('puts a claim thousands of times higher far to the right on a log axis, with a guide line per power of ten', () => {
		const layout = layoutBarChart(chart([figure('claim', 98_000_000, true), figure('price', [11_000, 13_000])], 'log'));
		expect(layout.ticks.map((tick) => tick.x)).toHaveLength(5);
		const [claim, price] = layout.rows;
		expect((claim?.x ?? 0) - (price?.x ?? 0)).toBeGreaterThan(150);
		expect(claim?.claim).toBe(true);
		expect(layout.ticks.filter((tick) => tick.label).length).toBeGreaterThanOrEqual(2);
	});

	it('fails on what would draw a broken or false chart, naming the figure', () => {
		expect(() => layoutBarChart(chart([]))).toThrow(/at least one figure/);
		expect(() => layoutBarChart(chart([figure('missing', Number.NaN)]))).toThrow(
			/"missing": the value is not a finite number/,
		);
		expect(() => layoutBarChart(chart([figure('upside down', [35_000, 32_000])], 'log'))).toThrow(
			/"upside down": the range \[35000, 32000\] starts above its end/,
		);
		expect(() => layoutBarChart(chart([figure('zero', 0)], 'log'))).toThrow(/"zero": 0 cannot be drawn on a log scale/);
		expect(() => layoutBarChart(chart([figure('negative', -1)]))).toThrow(/"negative": -1 is below zero/);
		expect(() => layoutBarChart(chart([figure('x'.repeat(80), 1)]))).toThrow(
			/the label is too long for the chart\. Shorten it by about \d+ characters/,
		);
	});
});
