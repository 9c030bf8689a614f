import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareImageStats } from '../lib/share/share-image-cache';

/** The file in the cache folder that says what the last build drew and reused (the build test and the benchmark read it). */
export const SHARE_IMAGE_REPORT = 'last-build.json';

/**
 * Share images' cache: points the image route at `share-images/` in Astro's
 * `cacheDir` (kept between builds, and by CI caches that keep Astro's), and
 * once the build is done logs how many images were drawn and reused with the
 * cost of each drawing step, writes that to `SHARE_IMAGE_REPORT`, and removes
 * cached images no page used (an old title's image).
 */
export function shareImageCache(): AstroIntegration {
	let folder = '';
	return {
		name: 'sinergi:share-images',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				folder = join(fileURLToPath(config.cacheDir), 'share-images');
				updateConfig({ vite: { define: { __SINERGI_SHARE_CACHE__: JSON.stringify(folder) } } });
			},
			'astro:build:done': async ({ logger }) => {
				const stats = shareImageStats();
				const perImage = (ms: number): string => (stats.drawn ? (ms / stats.drawn).toFixed(0) : '0');
				logger.info(
					`share images: ${stats.drawn} drawn on ${stats.threads} threads in ${(stats.drawingWallMs / 1000).toFixed(1)} s ` +
						`(per image: layout ${perImage(stats.ms.layout)} ms, CPU ${perImage(stats.ms.layoutCpu)}; rasterise ${perImage(stats.ms.raster)} ms, CPU ${perImage(stats.ms.rasterCpu)}; PNG ${perImage(stats.ms.encode)} ms), ` +
						`${stats.reused} reused from the cache`,
				);
				const keep = new Set([...stats.keys.map((key) => `${key}.png`), SHARE_IMAGE_REPORT]);
				const stale = (await readdir(folder).catch(() => [])).filter((name) => !keep.has(name));
				await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
				const { keys, ...report } = stats;
				await writeFile(
					join(folder, SHARE_IMAGE_REPORT),
					JSON.stringify({ ...report, images: keys.length }, null, '\t'),
				);
			},
		},
	};
}
