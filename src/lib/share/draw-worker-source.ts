/**
 * The code of a share-image drawing thread, as the text `new Worker(…, { eval: true })`
 * runs. It is a string because the route that starts the threads is bundled
 * by Vite: a worker file beside it would not be where the bundle looks. It
 * loads the renderers from the paths in `workerData` (resolved by the main
 * thread) and answers each `{ id, tree, pagePath }` with the PNG and the
 * milliseconds of each step, or with the error's message.
 *
 * Steps: satori lays the card out as SVG with the text as `<text>` runs
 * (`embedFont: false`); resvg rasterises it with the same Inter, from TTF
 * files (`src/lib/share/woff-font.ts`; no system font is read). Measured in
 * docs/benchmarks.md: the same picture, with layout about half as costly as
 * when satori turned every glyph into a path; sharp stores the pixels (without the
 * alpha channel: the card is opaque) as a PNG with the options in
 * `workerData.png`. resvg's own PNG is skipped: it is larger and slower, and
 * sharp reads the raw pixels rather than an encoded file.
 */
export const DRAW_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const satori = require(workerData.modules.satori).default;
const { Resvg } = require(workerData.modules.resvg);
const sharp = require(workerData.modules.sharp);
const fonts = workerData.fonts.map((font) => ({ name: font.name, data: readFileSync(font.path), weight: font.weight, style: 'normal' }));
parentPort.on('message', async ({ id, tree, pagePath }) => {
	try {
		const cpu = () => { const { user, system } = process.threadCpuUsage(); return (user + system) / 1000; };
		let started = performance.now();
		let cpuStarted = cpu();
		const svg = await satori(tree, {
			width: workerData.width,
			height: workerData.height,
			fonts,
			embedFont: false,
			// Satori asks for another font only when a character is not in the fonts: stop rather than draw a blank.
			loadAdditionalAsset: async (_language, segment) => {
				throw new Error('Share image of ' + pagePath + ': "' + segment + '" ' + workerData.missingGlyph);
			},
		});
		const layout = performance.now() - started;
		const layoutCpu = cpu() - cpuStarted;
		started = performance.now();
		cpuStarted = cpu();
		const image = new Resvg(svg, {
			fitTo: { mode: 'original' },
			font: { loadSystemFonts: false, fontFiles: workerData.fonts.map((font) => font.ttf), defaultFontFamily: 'Inter' },
		}).render();
		const pixels = image.pixels;
		const raster = performance.now() - started;
		const rasterCpu = cpu() - cpuStarted;
		started = performance.now();
		const png = await sharp(pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
			.removeAlpha()
			.png(workerData.png)
			.toBuffer();
		const encode = performance.now() - started;
		parentPort.postMessage({ id, png: new Uint8Array(png), ms: { layout, raster, encode, layoutCpu, rasterCpu } });
	} catch (error) {
		parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
`;
