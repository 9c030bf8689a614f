/**
 * What `npm run fit-boundary` keeps of Natural Earth for the map, apart from
 * the code that does it (which loads the whole world), so that tests can read
 * the settings cheaply.
 */
import { FRAME_CORNERS } from '../../src/lib/map/frame';

/**
 * Simplification: Visvalingam's effective area, below which a coastline
 * vertex is dropped, in km² (4 km² is a triangle about 2 km on a side: finer
 * than a pixel of the 560-unit map, about 1.5 km). Tarakan, Nunukan and
 * Sebatik, 300 km² and more, keep their shape.
 */
export const SIMPLIFY_KM2 = 4;
export const EARTH_RADIUS_KM = 6371;

/**
 * How far past the frame's corners (degrees) polygons and lines are kept. The
 * build clips to the frame plus its 8-unit margin (about 0.1°); one degree
 * leaves room for a wider frame without dropping anything the map draws.
 */
const KEEP_MARGIN = 1;

/** [west, south, east, north]: the frame grown by KEEP_MARGIN. */
export const KEEP_BBOX: [number, number, number, number] = [
	FRAME_CORNERS[0][0] - KEEP_MARGIN,
	FRAME_CORNERS[0][1] - KEEP_MARGIN,
	FRAME_CORNERS[1][0] + KEEP_MARGIN,
	FRAME_CORNERS[1][1] + KEEP_MARGIN,
];
