import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ShareCard } from './share-cards';
import { drawingThreads, drawingVersions, drawShareImage, type DrawTimings } from './share-image-draw';
import { shareImageKey } from './share-image-key';

/** What one build did with its share images; the integration logs it and stores it beside the cache. */
export interface ShareImageStats {
	/** Images drawn in this build (their key was not in the cache). */
	drawn: number;
	/** Images read from the cache. */
	reused: number;
	/** Drawing threads. */
	threads: number;
	/** Sum of each step's milliseconds over the drawn images. */
	ms: DrawTimings;
	/** Wall time from the first image asked to be drawn to the last one written, ms. */
	drawingWallMs: number;
	/** Every key this build used: the cache keeps these and drops the rest. */
	keys: string[];
}

/** Where the route and the integration, loaded as separate module copies, meet within one build process. */
const STATS = Symbol.for('sinergi.shareImages.stats');

interface StatsHolder {
	[STATS]?: ShareImageStats & { used: Set<string>; firstStart?: number; lastEnd?: number };
}

function stats(): NonNullable<StatsHolder[typeof STATS]> {
	const holder = globalThis as StatsHolder;
	holder[STATS] ??= {
		drawn: 0,
		reused: 0,
		threads: drawingThreads(),
		ms: { layout: 0, raster: 0, encode: 0, layoutCpu: 0, rasterCpu: 0 },
		drawingWallMs: 0,
		keys: [],
		used: new Set(),
	};
	return holder[STATS];
}

/** This process's share image numbers so far (the integration reads them once the build is done). */
export function shareImageStats(): ShareImageStats {
	const current = stats();
	const drawingWallMs =
		current.firstStart !== undefined && current.lastEnd !== undefined ? current.lastEnd - current.firstStart : 0;
	const { drawn, reused, threads, ms } = current;
	return { drawn, reused, threads, ms: { ...ms }, drawingWallMs, keys: [...current.used] };
}

/**
 * The cache folder: `share-images/` in Astro's `cacheDir` (by default
 * `node_modules/.astro/`), which survives builds and which CI caches keep
 * with Astro's own. Outside a build (unit tests, scripts) the default place.
 */
function shareImageCacheDir(): string {
	return typeof __SINERGI_SHARE_CACHE__ === 'string'
		? __SINERGI_SHARE_CACHE__
		: join(process.cwd(), 'node_modules/.astro/share-images');
}

const pending = new Map<string, Promise<Buffer>>();

const fileOf = (key: string): string => join(shareImageCacheDir(), `${key}.png`);

/** Draws an image and stores it under its key: written to a temporary name, then renamed, so no reader sees half a file. */
function drawAndStore(card: ShareCard, key: string): Promise<Buffer> {
	const current = stats();
	current.firstStart ??= performance.now();
	const work = drawShareImage(card).then(async ({ png, ms }) => {
		current.drawn += 1;
		for (const step of Object.keys(ms) as (keyof DrawTimings)[]) current.ms[step] += ms[step];
		const file = fileOf(key);
		await mkdir(shareImageCacheDir(), { recursive: true });
		const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		await writeFile(temporary, png);
		await rename(temporary, file);
		current.lastEnd = performance.now();
		return png;
	});
	pending.set(key, work);
	return work;
}

/**
 * Starts drawing, on every core, each card whose image is not in the cache,
 * and returns at once: the build renders its pages while the images are
 * drawn, and `shareImageOf` waits for the one it needs. Call it with all
 * cards as early as the build knows them (the image route's `getStaticPaths`).
 */
export function prepareShareImages(cards: Iterable<ShareCard>): void {
	const versions = drawingVersions();
	for (const card of cards) {
		const key = shareImageKey(card, versions);
		if (pending.has(key) || existsSync(fileOf(key))) continue;
		// A failure is reported by shareImageOf, for the page whose image it is.
		drawAndStore(card, key).catch(() => undefined);
	}
}

/** A page's share image: from the cache when its key is there, else drawn now (and stored). */
export async function shareImageOf(card: ShareCard): Promise<Buffer> {
	const key = shareImageKey(card, drawingVersions());
	const current = stats();
	current.used.add(key);
	const drawing = pending.get(key);
	if (drawing) return drawing;
	try {
		const png = await readFile(fileOf(key));
		current.reused += 1;
		return png;
	} catch {
		return drawAndStore(card, key);
	}
}
