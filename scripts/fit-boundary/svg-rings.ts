import svgpath from 'svgpath';

/** A point in some plane: SVG user units, projected kilometres, or [lon, lat]. */
export type Point = [number, number];

/**
 * The closed rings of an SVG path made only of straight segments (M, L, H, V, Z
 * in either case), in absolute coordinates. Curves are refused, because a ring
 * of their end points would misdraw them.
 */
export function svgPathRings(d: string): Point[][] {
	const rings: Point[][] = [];
	let ring: Point[] | undefined;
	svgpath(d)
		.abs()
		.iterate((segment, _index, x, y) => {
			const [command, a = 0, b = 0] = segment as [string, number?, number?];
			if (command === 'M') rings.push((ring = [[a, b]]));
			else if (command === 'L') ring?.push([a, b]);
			else if (command === 'H') ring?.push([a, y]);
			else if (command === 'V') ring?.push([x, a]);
			else if (command !== 'Z') throw new Error(`svg-rings: path command "${command}" is not a straight segment.`);
		});
	return rings;
}
