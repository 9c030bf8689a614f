/** A box on the page in CSS pixels, as `getBoundingClientRect` gives it, with what it is. */
export interface NamedBox {
	/** What a reader would call it: the label's text, or "marker 3". */
	name: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Overlaps smaller than this (CSS px, either way) are rounding, not something a reader sees. */
const TOLERANCE = 0.5;

/** How far two boxes overlap, as width and height (zero or less when they do not). */
function overlap(a: NamedBox, b: NamedBox): [number, number] {
	return [Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)];
}

const px = (value: number): string => `${Math.round(value * 10) / 10} px`;

/**
 * What is wrong with a map's labels, one sentence each: a label that sticks
 * out of the map's box (the SVG clips it), a label that overlaps another label,
 * and a label that covers a marker. Empty when every label reads cleanly.
 */
export function labelProblems(
	map: Omit<NamedBox, 'name'>,
	labels: readonly NamedBox[],
	markers: readonly NamedBox[] = [],
): string[] {
	const problems: string[] = [];
	for (const label of labels) {
		const out = [
			['left', map.left - label.left],
			['right', label.right - map.right],
			['top', map.top - label.top],
			['bottom', label.bottom - map.bottom],
		] as const;
		for (const [side, by] of out)
			if (by > TOLERANCE)
				problems.push(`label "${label.name}" is clipped: it sticks out of the map by ${px(by)} on the ${side}`);
	}
	labels.forEach((a, i) => {
		for (const b of labels.slice(i + 1)) {
			const [w, h] = overlap(a, b);
			if (w > TOLERANCE && h > TOLERANCE)
				problems.push(`label "${a.name}" overlaps label "${b.name}" by ${px(w)} × ${px(h)}`);
		}
		for (const marker of markers) {
			const [w, h] = overlap(a, marker);
			if (w > TOLERANCE && h > TOLERANCE)
				problems.push(`label "${a.name}" covers ${marker.name} by ${px(w)} × ${px(h)}`);
		}
	});
	return problems;
}
