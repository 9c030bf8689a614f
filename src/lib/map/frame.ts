/**
 * The map's frame: north-east Borneo from Kapuas Hulu to Sabah's tip and south
 * past Balikpapan, with room for labels to the east, as [lon, lat] of its
 * south-west and north-east corners. The build fits the projection to it, and
 * `npm run fit-boundary` keeps only the outlines that reach into it.
 */
export const FRAME_CORNERS: readonly [southWest: [number, number], northEast: [number, number]] = [
	[112.45, -2.4],
	[120.3, 7.2],
];
