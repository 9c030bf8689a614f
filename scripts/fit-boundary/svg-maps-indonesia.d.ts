/** `@svg-maps/indonesia` ships no types: its default export is one object with every province as an SVG path. */
declare module '@svg-maps/indonesia' {
	interface SvgMapLocation {
		/** `id-ki` (Kalimantan Timur), `id-ku` (Kalimantan Utara), … */
		id: string;
		name: string;
		/** SVG path data in the map's own viewBox units. */
		path: string;
	}
	const map: { label: string; viewBox: string; locations: SvgMapLocation[] };
	export default map;
}
