/**
 * `npm run bench:share`: what each step of drawing a share image costs, one
 * image after another on one thread, and what the PNG encodings give in bytes,
 * so the build keeps only the steps that pay for themselves. Cards are the
 * benchmark's synthetic pages (title and description) in the real template.
 * Options: `--images N` (default 40).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { ShareCard } from '../../src/lib/share/share-cards.ts';
import { shareCardTree } from '../../src/lib/share/share-card-layout.ts';
import { SHARE_PNG_OPTIONS } from '../../src/lib/share/share-image-draw.ts';
import { SHARE_IMAGE_SIZE } from '../../src/lib/share/share-image-paths.ts';
import { ttfFileOf } from '../../src/lib/share/woff-font.ts';
import { syntheticMeta } from './synthetic-content.ts';

const { values } = parseArgs({ options: { images: { type: 'string', default: '40' } } });
const count = Math.max(1, Number(values.images));
const require = createRequire(import.meta.url);
const fontPaths = ([400, 700] as const).map((weight) => ({
	weight,
	path: require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
}));
const fonts = fontPaths.map(({ weight, path }) => ({
	name: 'Inter',
	data: readFileSync(path),
	weight,
	style: 'normal' as const,
}));
/** resvg's fonts when it draws the text itself (the build): the same Inter as TTF files. */
const resvgFonts = {
	loadSystemFonts: false,
	fontFiles: fontPaths.map(({ path }) => ttfFileOf(path)),
	defaultFontFamily: 'Inter',
};

/** The PNG encodings compared: the build's, the palettes it replaced, and (below) resvg's own. */
const ENCODINGS = {
	'24-colour palette, least effort, no dither, level 6 (the build)': SHARE_PNG_OPTIONS,
	'24-colour palette, least effort, no dither, level 9 (until 7 December)': {
		...SHARE_PNG_OPTIONS,
		compressionLevel: 9,
	},
	'24-colour palette, most effort (1 December)': { palette: true, colours: 24, effort: 10, compressionLevel: 9 },
	'full colour, level 6': { compressionLevel: 6 },
	'full colour, level 6, adaptive filter': { compressionLevel: 6, adaptiveFiltering: true },
	'full colour, level 9': { compressionLevel: 9 },
} as const;

function card(index: number): ShareCard {
	const locale = index % 2 ? 'en' : 'id';
	const { title, description } = syntheticMeta(index, locale);
	return {
		pagePath: `/bench/page-${index}/`,
		locale,
		siteName: 'Sinergi Kalimantan',
		tagline: locale === 'en' ? 'Explaining the Kaltim–Kaltara agreement' : 'Penjelasan kesepakatan Kaltim–Kaltara',
		title,
		description,
		alt: title,
	};
}

const ms: Record<string, number> = {};
const cpuMs: Record<string, number> = {};
const bytes: Record<string, number> = {};
const add = (into: Record<string, number>, key: string, value: number): void => {
	into[key] = (into[key] ?? 0) + value;
};
const timed = async <T>(key: string, work: () => T | Promise<T>): Promise<T> => {
	const started = performance.now();
	const cpuStarted = process.cpuUsage();
	const result = await work();
	const cpu = process.cpuUsage(cpuStarted);
	add(ms, key, performance.now() - started);
	// The process's CPU time, libvips' threads included: steadier than wall time on a shared machine.
	add(cpuMs, key, (cpu.user + cpu.system) / 1000);
	return result;
};

await satori(shareCardTree(card(0)) as never, { ...SHARE_IMAGE_SIZE, fonts }); // warm up: font parsing and WebAssembly
for (let i = 1; i <= count; i += 1) {
	// Until 7 December satori turned every glyph into a path, and resvg drew paths only.
	const paths = await timed('layout (satori), text as paths (until 7 December)', () =>
		satori(shareCardTree(card(i)) as never, { ...SHARE_IMAGE_SIZE, fonts }),
	);
	await timed('rasterise (resvg), text as paths (until 7 December)', () =>
		new Resvg(paths, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render(),
	);
	const svg = await timed('layout (satori), text as <text> (the build)', () =>
		satori(shareCardTree(card(i)) as never, { ...SHARE_IMAGE_SIZE, fonts, embedFont: false }),
	);
	const image = await timed("rasterise (resvg), text in resvg's own fonts (the build)", () =>
		new Resvg(svg, { fitTo: { mode: 'original' }, font: resvgFonts }).render(),
	);
	const pixels = await timed('pixels out of resvg', () => image.pixels);
	const own = await timed("resvg's own PNG", () => image.asPng());
	add(bytes, "resvg's own PNG", own.length);
	for (const [name, options] of Object.entries(ENCODINGS)) {
		const png = await timed(name, () =>
			sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
				.removeAlpha()
				.png(options)
				.toBuffer(),
		);
		add(bytes, name, png.length);
	}
}
console.log(`Share image steps, mean of ${count} synthetic cards on one thread:`);
console.log('| step | CPU ms per image | wall ms per image | KB per image |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, total] of Object.entries(ms))
	console.log(
		`| ${name} | ${((cpuMs[name] ?? 0) / count).toFixed(1)} | ${(total / count).toFixed(1)} | ${bytes[name] === undefined ? '' : ((bytes[name] ?? 0) / count / 1024).toFixed(1)} |`,
	);
