import { scaleLinear, scaleLog } from 'd3-scale';

/**
 * The chart's coordinate systems. A chart is drawn twice: a phone rendering 320
 * units wide (shown at about 1:1 in a 360 px screen's column, so 13-unit text is
 * at least 12 px) and a wide rendering that fills a desktop column at about 1:1.
 * The stylesheet shows one of them; text never shrinks below 12 px.
 */
export const CHART_WIDTH = 320;
/** The wide rendering's width, for columns of about 40 rem. */
export const WIDE_CHART_WIDTH = 640;
const LABEL_SIZE = 13;
/**
 * Conservative average glyph widths, in em, to keep text inside the view box
 * whichever system sans-serif draws it (DejaVu Sans, among the widest, sets
 * bold digits at 0.7 em).
 */
const GLYPH_EM = 0.6;
const BOLD_GLYPH_EM = 0.72;
/** Tick labels are as large as the other text: at least 12 px on a phone. */
const TICK_SIZE = 13;
const ROW_HEIGHT = 40;
const BAR_OFFSET = 18;
const BAR_HEIGHT = 14;
const VALUE_GAP = 6;
const AXIS_HEIGHT = 20;
/** The narrowest mark a range or a single value on a log axis gets, so it stays visible. */
const MIN_MARK = 6;
/** Labels start a little inside the view box: some glyphs ("T", "J") overhang their origin. */
const LABEL_X = 2;

/** One figure as the layout needs it: its label, its number or range, and its text as the page writes it. */
export interface BarInput {
	label: string;
	value: number | readonly [number, number];
	/** The number as written beside the mark and in the table, e.g. "Rp32.000–35.000". */
	valueText: string;
	claim: boolean;
}

/** What to lay out: the figures, the scale and, for a linear axis, where it ends. */
export interface BarChartInput {
	scale: 'linear' | 'log';
	/** End of a linear axis (100 for shares); defaults to the largest figure. */
	max?: number | undefined;
	figures: readonly BarInput[];
	/** Formats a tick value of a log axis (e.g. "1 jt", "1m"). */
	tickLabel: (value: number) => string;
	/** The view box's width; CHART_WIDTH (phone) unless given. */
	width?: number;
}

/** One row of the chart: label line, then the mark and its value. Coordinates are rounded to 0.1. */
interface BarRow {
	label: string;
	valueText: string;
	claim: boolean;
	labelX: number;
	labelY: number;
	x: number;
	y: number;
	width: number;
	valueX: number;
	valueY: number;
}

/** A guide line of a log axis with its label. */
interface BarTick {
	x: number;
	label: string;
	anchor: 'start' | 'middle' | 'end';
}

/** The computed chart: view box size, rows, and (log scale) guide lines. */
export interface BarChartLayout {
	width: number;
	height: number;
	barHeight: number;
	rows: BarRow[];
	ticks: BarTick[];
	/** Top and bottom of the guide lines. */
	gridTop: number;
	gridBottom: number;
	labelSize: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** An estimate of a text's width in the view box, on the generous side. */
function textWidth(text: string, size = LABEL_SIZE, em = GLYPH_EM): number {
	return [...text].length * size * em;
}

/** The horizontal extent of a tick label as drawn with its anchor. */
function tickExtent(tick: BarTick): [number, number] {
	const width = textWidth(tick.label, TICK_SIZE);
	const left = tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - width : tick.x - width / 2;
	return [left, left + width];
}

/**
 * Keeps every guide line but clears the labels of every other one (keeping the
 * first and last) until no two labels touch: on a narrow axis "10 rb" and
 * "100 rb" would run into each other.
 */
function thinTickLabels(ticks: BarTick[]): BarTick[] {
	const overlaps = (shown: BarTick[]) =>
		shown.some((tick, index) => index > 0 && tickExtent(shown[index - 1] as BarTick)[1] + 4 > tickExtent(tick)[0]);
	for (let step = 1; step < ticks.length; step += 1) {
		const shown = ticks.filter((_, index) => index % step === 0 || index === ticks.length - 1);
		if (!overlaps(shown)) return ticks.map((tick) => (shown.includes(tick) ? tick : { ...tick, label: '' }));
	}
	return ticks.map((tick, index) => (index === 0 || index === ticks.length - 1 ? tick : { ...tick, label: '' }));
}

/**
 * Lays out a horizontal bar chart (linear: bars from zero) or a mark chart on a
 * logarithmic axis (each guide line ten times the one before, for figures
 * thousands of times apart; a range is drawn from its low to its high value).
 * Pure: the same figures give the same numbers. Throws, naming the figure, on
 * what would draw a false or broken chart: no figures, a number that is not
 * finite, a range whose low is above its high, zero or less on a log axis, a
 * negative bar, or a label too long for the view box.
 */
export function layoutBarChart(input: BarChartInput): BarChartLayout {
	const { figures } = input;
	const chartWidth = input.width ?? CHART_WIDTH;
	if (figures.length === 0) throw new Error('A chart needs at least one figure.');
	const bounds = figures.map((figure) => {
		const [low, high] = typeof figure.value === 'number' ? [figure.value, figure.value] : figure.value;
		if (!Number.isFinite(low) || !Number.isFinite(high))
			throw new Error(`"${figure.label}": the value is not a finite number (${String(figure.value)}).`);
		if (low > high)
			throw new Error(`"${figure.label}": the range [${low}, ${high}] starts above its end. Write [low, high].`);
		if (input.scale === 'log' && low <= 0)
			throw new Error(`"${figure.label}": ${low} cannot be drawn on a log scale (only numbers above zero).`);
		if (input.scale === 'linear' && low < 0)
			throw new Error(`"${figure.label}": ${low} is below zero; bars start at zero.`);
		const tooLong = LABEL_X + textWidth(figure.label, LABEL_SIZE, GLYPH_EM) - chartWidth;
		if (tooLong > 0)
			throw new Error(
				`"${figure.label}": the label is too long for the chart. Shorten it by about ${Math.ceil(tooLong / (LABEL_SIZE * GLYPH_EM))} characters.`,
			);
		return { low, high };
	});
	const valueRoom =
		Math.max(...figures.map((figure) => textWidth(figure.valueText, LABEL_SIZE, BOLD_GLYPH_EM))) + VALUE_GAP;
	const plotWidth = chartWidth - valueRoom;
	if (plotWidth < chartWidth / 3)
		throw new Error(
			`The values ("${figures.map((figure) => figure.valueText).join('", "')}") leave too little room for the bars: shorten them (a unit in the table heading, not beside every number).`,
		);
	const lows = bounds.map((bound) => bound.low);
	const highs = bounds.map((bound) => bound.high);
	const rowsHeight = figures.length * ROW_HEIGHT;
	let ticks: BarTick[] = [];
	let position: (value: number) => number;
	let start: (low: number) => number;
	if (input.scale === 'log') {
		const domain: [number, number] = [
			10 ** Math.floor(Math.log10(Math.min(...lows))),
			10 ** Math.ceil(Math.log10(Math.max(...highs))),
		];
		const scale = scaleLog().domain(domain).range([0, plotWidth]);
		position = (value) => scale(value);
		start = (low) => scale(low);
		const powers = Math.round(Math.log10(domain[1] / domain[0]));
		const all: BarTick[] = Array.from({ length: powers + 1 }, (_, index) => {
			const value = domain[0] * 10 ** index;
			return {
				x: round(scale(value)),
				label: input.tickLabel(value),
				anchor: index === 0 ? 'start' : index === powers ? 'end' : 'middle',
			};
		});
		ticks = thinTickLabels(all);
	} else {
		const end = Math.max(input.max ?? 0, ...highs);
		if (end <= 0) throw new Error('Every figure of the chart is zero: there is nothing to draw.');
		const scale = scaleLinear().domain([0, end]).range([0, plotWidth]);
		position = (value) => scale(value);
		start = () => 0;
	}
	const rows = figures.map((figure, index) => {
		const { low, high } = bounds[index] as { low: number; high: number };
		const top = index * ROW_HEIGHT;
		let x = start(low);
		let width = position(high) - x;
		if (input.scale === 'log' && width < MIN_MARK) {
			x = Math.max(0, Math.min(plotWidth - MIN_MARK, x + width / 2 - MIN_MARK / 2));
			width = MIN_MARK;
		}
		const row: BarRow = {
			label: figure.label,
			valueText: figure.valueText,
			claim: figure.claim,
			labelX: LABEL_X,
			labelY: round(top + LABEL_SIZE),
			x: round(x),
			y: round(top + BAR_OFFSET),
			width: round(width),
			valueX: round(x + width + VALUE_GAP),
			valueY: round(top + BAR_OFFSET + BAR_HEIGHT / 2),
		};
		for (const [name, coordinate] of Object.entries(row)) {
			if (typeof coordinate === 'number' && !Number.isFinite(coordinate))
				throw new Error(`"${figure.label}": the ${name} coordinate is not a number.`);
		}
		return row;
	});
	return {
		width: chartWidth,
		height: rowsHeight + (ticks.length > 0 ? AXIS_HEIGHT : 0),
		barHeight: BAR_HEIGHT,
		rows,
		ticks,
		gridTop: BAR_OFFSET - 4,
		gridBottom: rowsHeight,
		labelSize: LABEL_SIZE,
	};
}
