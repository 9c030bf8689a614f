import { describe, expect, it } from 'vitest';
import { applyAffine, fitAffine, type Affine, type Segment } from '../../scripts/fit-boundary/affine-fit';
import { svgPathRings, type Point } from '../../scripts/fit-boundary/svg-rings';

describe('svgPathRings', () => {
	it('reads relative and absolute straight segments as closed rings', () => {
		expect(svgPathRings('m 1,1 2,0 0,2 z M 10 10 H 12 V 12 L 10 12 Z')).toEqual([
			[
				[1, 1],
				[3, 1],
				[3, 3],
			],
			[
				[10, 10],
				[12, 10],
				[12, 12],
				[10, 12],
			],
		]);
	});

	it('refuses curves rather than misdraw them', () => {
		expect(() => svgPathRings('M0 0 C 1 1 2 2 3 3 Z')).toThrow(/"C"/);
	});
});

describe('fitAffine', () => {
	// A wavy outline, so every part of it is told apart from the rest.
	const target: Point[] = Array.from({ length: 200 }, (_, i) => [i, 10 * Math.sin(i / 7) + (0.05 * i * i) / 10]);
	const segments: Segment[] = target.slice(1).map((p, i) => [target[i] as Point, p]);
	const truth: Affine = [2, 0.1, 30, -0.05, 1.8, -5];
	// The source map: the target seen through the inverse of `truth`, so `truth` lays it back on.
	const [a, b, c, d, e, f] = truth;
	const det = a * e - b * d;
	const source = target
		.filter((_, i) => i % 3 === 0)
		.map(([x, y]): Point => [(e * (x - c) - b * (y - f)) / det, (a * (y - f) - d * (x - c)) / det]);

	it('recovers a known transform from a rough start', () => {
		const { transform, error } = fitAffine(source, segments, [2.1, 0, 25, 0, 1.7, 0], { rounds: 40 });
		source.forEach((point, i) => {
			const [x, y] = applyAffine(transform, point);
			const [tx, ty] = target[i * 3] as Point;
			expect(Math.hypot(x - tx, y - ty), `point ${i}`).toBeLessThan(1);
		});
		expect(error.median).toBeLessThan(0.1);
		expect(error.rms).toBeLessThan(0.5);
	});

	it('reports how far the points lie when the transform is off', () => {
		const { error } = fitAffine(source, segments, [2, 0.1, 60, -0.05, 1.8, 25], { rounds: 0 });
		expect(error.median).toBeGreaterThan(10);
	});
});
