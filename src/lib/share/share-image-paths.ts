/** Size of every share image: what Open Graph and WhatsApp show as a large preview. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Folder of the share images in the build, site-relative. */
const SHARE_IMAGE_DIR = '/og/';

/**
 * The route parameter of a page's share image: the page's path without its
 * slashes or `.html`, `index` for the Indonesian home page.
 * `/kesepakatan/` → `kesepakatan`, `/en/` → `en`, `/en/404.html` → `en/404`.
 */
export function shareImageParam(pagePath: string): string {
	const clean = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
	return clean || 'index';
}

/** Site-relative path of a page's share image: `/kesepakatan/` → `/og/kesepakatan.png`. */
export function shareImagePath(pagePath: string): string {
	return `${SHARE_IMAGE_DIR}${shareImageParam(pagePath)}.png`;
}
