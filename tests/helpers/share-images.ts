import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FALLBACK_SITE_URL } from '../../src/lib/site/site-url';
import { listPages, loadPage } from './dist';

/** Width and height from a PNG's header (signature, then the IHDR chunk), or undefined when the file is no PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR')
		return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One page's share image as its head announces it and the build holds it. */
export interface PageShareImage {
	page: string;
	/** The built PNG, relative to the build folder, when the URL points into the build. */
	file?: string;
	problems: string[];
}

/**
 * Checks every built page's share image: `og:image` is an absolute URL on the
 * site under `base` that names a PNG in the build, 1200×630, with matching
 * width, height and type tags, an alt text naming the page's title and
 * `twitter:card` = `summary_large_image`.
 */
export function checkShareImages(
	dir: string,
	base: string,
	site: string = process.env['SITE_URL'] || FALLBACK_SITE_URL,
): PageShareImage[] {
	const prefix = new URL(base, site).href;
	return listPages(dir).map((page) => {
		const $ = loadPage(page, dir);
		const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
		const problems: string[] = [];
		const image = meta('og:image');
		const title = meta('og:title') ?? '';
		if (!title) problems.push('has no og:title');
		if (meta('twitter:card') !== 'summary_large_image')
			problems.push(`twitter:card is "${meta('twitter:card')}", not "summary_large_image"`);
		if (meta('og:image:type') !== 'image/png') problems.push(`og:image:type is "${meta('og:image:type')}"`);
		if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630')
			problems.push(
				`og:image:width × height is ${meta('og:image:width')} × ${meta('og:image:height')}, not 1200 × 630`,
			);
		const alt = meta('og:image:alt') ?? '';
		if (!alt.includes(title)) problems.push(`og:image:alt "${alt}" does not name the title "${title}"`);
		if (!image) return { page, problems: [...problems, 'has no og:image'] };
		if (!image.startsWith(prefix) || !image.endsWith('.png'))
			return { page, problems: [...problems, `og:image "${image}" is not a PNG under ${prefix}`] };
		const file = decodeURIComponent(image.slice(prefix.length));
		if (!existsSync(join(dir, file)))
			return { page, file, problems: [...problems, `og:image "${image}": ${file} is not in the build`] };
		const size = pngSize(readFileSync(join(dir, file)));
		if (!size) problems.push(`${file} is not a PNG`);
		else if (size.width !== 1200 || size.height !== 630)
			problems.push(`${file} is ${size.width}×${size.height}, not 1200×630`);
		return { page, file, problems };
	});
}
