import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales';
import { buildOfflineManifest } from '../lib/offline/offline-manifest';
import { assetsOfBuiltPage } from '../lib/build-checks/page-assets';
import { offlineBudgetMessage } from '../lib/build-checks/offline-size';
import { writeServiceWorker } from '../lib/offline/service-worker-build';
import { manifestPath, notFoundPages } from '../offline/shared';

/** The most a language's offline copy may take on the device. */
export const OFFLINE_BUDGET_BYTES = 3 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * After Pagefind has written its index (so list this after `pagefindIndex()`):
 * writes each language's offline manifest (`offline/<locale>.json`) from the
 * files in the build folder, and the service worker `sw.js` with its
 * precache list (the not-found pages, which serve as offline pages, and what
 * they load). Logs each language's
 * size and stops the build when one exceeds `OFFLINE_BUDGET_BYTES` on the
 * device.
 */
export function offlineCopy(build: string): AstroIntegration {
	let base = '/';
	return {
		name: 'sinergi:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const folder = fileURLToPath(dir);
				await mkdir(join(folder, 'offline'), { recursive: true });
				for (const locale of locales) {
					const manifest = await buildOfflineManifest(folder, locale, base, build);
					await writeFile(join(folder, manifestPath(locale)), JSON.stringify(manifest));
					const sizes = `${(manifest.bytes / MB).toFixed(2)} MB to download, ${(manifest.stored / MB).toFixed(2)} MB stored`;
					logger.info(
						`offline copy ${locale}: ${manifest.pages.length} pages, ${manifest.files.length} files, ${sizes}`,
					);
					if (manifest.stored > OFFLINE_BUDGET_BYTES) {
						throw new Error(
							offlineBudgetMessage({ dir: folder, locale, stored: manifest.stored, budget: OFFLINE_BUDGET_BYTES }),
						);
					}
				}
				// Installed with the worker: the not-found pages, which answer offline for pages not on the device, and what they load.
				const offlinePages = locales.map((locale) => notFoundPages[locale]);
				const precache = [
					...new Set([
						...offlinePages,
						...offlinePages.flatMap((page) => assetsOfBuiltPage(folder, page, base)),
						'_astro/offline-ui-*.js',
					]),
				];
				const installed = await writeServiceWorker({ dir: folder, base, build, precache });
				const worker = (await stat(join(folder, 'sw.js'))).size;
				logger.info(
					`sw.js written (build ${build}, ${(worker / 1024).toFixed(1)} KB; installs ${precache.length} files, ${(installed / 1024).toFixed(1)} KB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}
