import type { Point } from './svg-rings';

/** x' = a·x + b·y + c, y' = d·x + e·y + f. */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];
/** A straight segment of a target line. */
export type Segment = readonly [Point, Point];

/** Applies an affine transform to a point. */
export function applyAffine([a, b, c, d, e, f]: Affine, [x, y]: Point): Point {
	return [a * x + b * y + c, d * x + e * y + f];
}

/** The point of `segments` nearest to `p`, and its distance. */
export function nearestOnSegments(p: Point, segments: readonly Segment[]): { point: Point; distance: number } {
	let best = { point: p, distance: Infinity };
	for (const [[x0, y0], [x1, y1]] of segments) {
		// A segment whose box lies farther away than the best so far cannot be nearer: skip the projection.
		if (
			p[0] - Math.max(x0, x1) > best.distance ||
			Math.min(x0, x1) - p[0] > best.distance ||
			p[1] - Math.max(y0, y1) > best.distance ||
			Math.min(y0, y1) - p[1] > best.distance
		)
			continue;
		const dx = x1 - x0;
		const dy = y1 - y0;
		const length2 = dx * dx + dy * dy;
		const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - x0) * dx + (p[1] - y0) * dy) / length2));
		const point: Point = [x0 + t * dx, y0 + t * dy];
		const distance = Math.hypot(point[0] - p[0], point[1] - p[1]);
		if (distance < best.distance) best = { point, distance };
	}
	return best;
}

/** The least-squares affine transform taking each `from` point to its `to` point. */
function leastSquares(pairs: readonly (readonly [from: Point, to: Point])[]): Affine {
	// Normal equations: (Σ v vᵀ) k = Σ v·target, with v = [x, y, 1], once for x' and once for y'.
	let [sxx, sxy, sx, syy, sy, n, sxX, syX, sX, sxY, syY, sY] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	for (const [[x, y], [tx, ty]] of pairs) {
		sxx += x * x;
		sxy += x * y;
		sx += x;
		syy += y * y;
		sy += y;
		n += 1;
		sxX += x * tx;
		syX += y * tx;
		sX += tx;
		sxY += x * ty;
		syY += y * ty;
		sY += ty;
	}
	const [a, b, c, d, e, f, g, h, k] = [sxx, sxy, sx, sxy, syy, sy, sx, sy, n];
	const det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g);
	if (Math.abs(det) < 1e-12) throw new Error('affine-fit: the points are collinear; no transform fits them.');
	// The inverse of the symmetric 3×3 matrix, by cofactors.
	const [i0, i1, i2, i3, i4, i5, i6, i7, i8] = [
		e * k - f * h,
		c * h - b * k,
		b * f - c * e,
		f * g - d * k,
		a * k - c * g,
		c * d - a * f,
		d * h - e * g,
		b * g - a * h,
		a * e - b * d,
	].map((value) => value / det) as [number, number, number, number, number, number, number, number, number];
	const solve = (r0: number, r1: number, r2: number): [number, number, number] => [
		i0 * r0 + i1 * r1 + i2 * r2,
		i3 * r0 + i4 * r1 + i5 * r2,
		i6 * r0 + i7 * r1 + i8 * r2,
	];
	const [ka, kb, kc] = solve(sxX, syX, sX);
	const [kd, ke, kf] = solve(sxY, syY, sY);
	return [ka, kb, kc, kd, ke, kf];
}

/** How far the fitted points lie from the target line, in the target's units. */
export interface FitError {
	points: number;
	/** Root mean square of the distances. */
	rms: number;
	median: number;
	p90: number;
	max: number;
}

/**
 * Fits `source` points onto the line made of `target` segments by iterative
 * closest points: each round pairs every transformed point with its nearest
 * point on the target, drops the worst `trim` share of pairs (islands or river
 * mouths drawn differently), and solves for the affine transform that best
 * takes the rest onto their pairs, until no point moves by more than
 * `settle` (target units) or `rounds` are done. Starts from `initial`;
 * returns the transform and how far every source point ends up from the
 * target. It runs once, in `npm run fit-boundary`, so every point is held
 * against every segment: a few hundred points and a few thousand segments
 * take well under a second.
 */
export function fitAffine(
	source: readonly Point[],
	target: readonly Segment[],
	initial: Affine,
	{ rounds = 30, trim = 0.1, settle = 0.001 } = {},
): { transform: Affine; error: FitError } {
	let transform = initial;
	for (let round = 0; round < rounds; round++) {
		const pairs = source
			.map((p) => ({ p, nearest: nearestOnSegments(applyAffine(transform, p), target) }))
			.sort((x, y) => x.nearest.distance - y.nearest.distance)
			.slice(0, Math.ceil(source.length * (1 - trim)));
		const next = leastSquares(pairs.map(({ p, nearest }) => [p, nearest.point] as const));
		// Settled once no point moves by more than `settle` (target units) from one round to the next.
		const moved = Math.max(
			...source.map((p) => {
				const [ax, ay] = applyAffine(transform, p);
				const [bx, by] = applyAffine(next, p);
				return Math.hypot(ax - bx, ay - by);
			}),
		);
		transform = next;
		if (moved <= settle) break;
	}
	const distances = source
		.map((p) => nearestOnSegments(applyAffine(transform, p), target).distance)
		.sort((x, y) => x - y);
	const at = (share: number): number =>
		distances[Math.min(distances.length - 1, Math.floor(distances.length * share))] ?? NaN;
	const rms = Math.sqrt(distances.reduce((sum, d) => sum + d * d, 0) / distances.length);
	return { transform, error: { points: distances.length, rms, median: at(0.5), p90: at(0.9), max: at(1) } };
}
