import { Resvg } from '@resvg/resvg-js';
// The favicon, the one source of every icon (read by Vite at build time).
import favicon from '../../../public/favicon.svg?raw';

/**
 * The PNG icons phones ask for, by file name below the base path: 192 and 512
 * pixels for the web app manifests (Android's launcher and splash screen),
 * and 180 for iOS, which looks for `apple-touch-icon.png` at the site root.
 */
export const appIcons = { 'icons/icon-192.png': 192, 'icons/icon-512.png': 512, 'apple-touch-icon.png': 180 } as const;

/**
 * Renders the favicon as a square PNG of `size` pixels with resvg. The
 * favicon draws its letters as outlines and no system font is loaded, so the
 * output is the same byte for byte on every machine.
 */
export function renderIcon(size: number): Buffer {
	return new Resvg(favicon, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
}
