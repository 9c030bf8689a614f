import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-cards';
import { DRAW_WORKER_SOURCE } from './draw-worker-source';
import { SHARE_TEMPLATE_VERSION, shareCardTree, type ShareNode } from './share-card-layout';
import type { ShareDrawingVersions } from './share-image-key';
import { SHARE_IMAGE_SIZE } from './share-image-paths';
import { ttfFileOf } from './woff-font';

const require = createRequire(import.meta.url);

/** Inter from npm (the Latin subset: Indonesian and English), regular and bold; satori reads WOFF, not WOFF2. */
const FONT_WEIGHTS = [400, 700] as const;

/**
 * How sharp stores the pixels: a 24-colour palette (flat fills and anti-aliased
 * text look the same), found with the quantiser's least effort and no dither,
 * deflated at zlib level 6. Measured with `npm run bench:share`
 * (docs/benchmarks.md): the palette makes a file about 37 % smaller than full
 * colour (a fact-check card about 38 KB instead of 50–59 KB, over the 48 KB
 * the share image test allows) for about 10 ms more CPU; level 9 saved 1–2 KB
 * more per image for 7–9 ms more, and the quantiser's most effort, used
 * before, gave the same bytes for 60 ms.
 */
export const SHARE_PNG_OPTIONS = {
	palette: true,
	colours: 24,
	effort: 1,
	dither: 0,
	compressionLevel: 6,
} as const;

/**
 * The milliseconds of each step of drawing one image: wall time on its thread
 * (on a busy machine it includes waiting for a core), and the thread's CPU time
 * for layout and rasterising.
 */
export interface DrawTimings {
	layout: number;
	raster: number;
	encode: number;
	layoutCpu: number;
	rasterCpu: number;
}

/** One drawn image and what each step cost. */
export interface Drawn {
	png: Buffer;
	ms: DrawTimings;
}

/** The folder of an installed package: its entry's nearest `package.json` with the package's name. */
function packageFolder(name: string): string {
	let dir = dirname(require.resolve(name));
	while (dir !== dirname(dir)) {
		const file = join(dir, 'package.json');
		if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === name) return dir;
		dir = dirname(dir);
	}
	throw new Error(`Share images: cannot find the package.json of ${name}; run npm ci.`);
}

function versionOf(name: string): string {
	return (JSON.parse(readFileSync(join(packageFolder(name), 'package.json'), 'utf8')) as { version: string }).version;
}

let versions: ShareDrawingVersions | undefined;

/** The versions that draw every image: the template, the font, the encoding and the renderer packages. */
export function drawingVersions(): ShareDrawingVersions {
	versions ??= {
		template: SHARE_TEMPLATE_VERSION,
		font: `@fontsource/inter@${versionOf('@fontsource/inter')} latin ${FONT_WEIGHTS.join(',')}`,
		// The text is drawn by resvg from TTF files (draw-worker-source.ts), not as satori's paths.
		encoding: JSON.stringify({ size: SHARE_IMAGE_SIZE, png: SHARE_PNG_OPTIONS, text: 'resvg' }),
		satori: versionOf('satori'),
		resvg: versionOf('@resvg/resvg-js'),
		sharp: versionOf('sharp'),
	};
	return versions;
}

interface Job {
	id: number;
	tree: ShareNode;
	pagePath: string;
	resolve: (drawn: Drawn) => void;
	reject: (error: Error) => void;
}

type Reply = { id: number; png: Uint8Array; ms: DrawTimings } | { id: number; error: string };

/**
 * A pool of drawing threads, one per core: satori, resvg and sharp are
 * synchronous CPU work, so threads are what draws images side by side. A
 * thread keeps the process alive only while it has work.
 */
class DrawingPool {
	readonly #idle: Worker[] = [];
	readonly #queue: Job[] = [];
	readonly #busy = new Map<Worker, Job>();
	#next = 0;

	constructor(size: number) {
		const workerData = {
			modules: {
				satori: require.resolve('satori'),
				resvg: require.resolve('@resvg/resvg-js'),
				sharp: require.resolve('sharp'),
			},
			fonts: FONT_WEIGHTS.map((weight) => {
				const path = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
				return { name: 'Inter', weight, path, ttf: ttfFileOf(path) };
			}),
			...SHARE_IMAGE_SIZE,
			png: SHARE_PNG_OPTIONS,
			missingGlyph:
				'is not in the font (Inter, Latin subset). Add a subset to FONT_WEIGHTS and the worker fonts in src/lib/share/share-image-draw.ts.',
		};
		for (let i = 0; i < size; i += 1) {
			const worker = new Worker(DRAW_WORKER_SOURCE, { eval: true, workerData });
			worker.unref();
			worker.on('message', (reply: Reply) => this.#settle(worker, reply));
			worker.on('error', (error) => this.#fail(worker, error));
			this.#idle.push(worker);
		}
	}

	draw(tree: ShareNode, pagePath: string): Promise<Drawn> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ id: (this.#next += 1), tree, pagePath, resolve, reject });
			this.#pump();
		});
	}

	#pump(): void {
		while (this.#idle.length && this.#queue.length) {
			const worker = this.#idle.pop() as Worker;
			const job = this.#queue.shift() as Job;
			this.#busy.set(worker, job);
			worker.ref();
			worker.postMessage({ id: job.id, tree: job.tree, pagePath: job.pagePath });
		}
	}

	#settle(worker: Worker, reply: Reply): void {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		worker.unref();
		this.#idle.push(worker);
		if (job)
			if ('error' in reply) job.reject(new Error(reply.error));
			else
				job.resolve({ png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength), ms: reply.ms });
		this.#pump();
	}

	#fail(worker: Worker, error: Error): void {
		this.#busy.get(worker)?.reject(error);
		this.#busy.delete(worker);
		for (const job of this.#queue.splice(0)) job.reject(error);
	}
}

let pool: DrawingPool | undefined;

/** How many drawing threads: one per core the machine offers. */
export const drawingThreads = (): number => Math.max(1, availableParallelism());

/**
 * Draws one page's share image on the pool's threads: a 1200×630 PNG with a
 * small palette. The same card gives the same bytes on every build. Throws,
 * naming the page, at a character the font lacks.
 */
export function drawShareImage(card: ShareCard): Promise<Drawn> {
	pool ??= new DrawingPool(drawingThreads());
	return pool.draw(shareCardTree(card), card.pagePath);
}

/** One page's share image as PNG bytes (drawn, not cached: see `share-image-cache.ts` for the build's path). */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
	return (await drawShareImage(card)).png;
}
