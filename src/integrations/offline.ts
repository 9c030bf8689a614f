import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales';
import { buildOfflineManifest } from '../lib/offline/offline-manifest';
import { assetsOfBuiltPage } from '../lib/build-checks/page-assets';
import { offlineBudgetMessage } from '../lib/build-checks/offline-size';
import { writeServiceWorker } from '../lib/offline/service-worker-build';
import { manifestPath, notFoundPages, type OfflineManifest } from '../offline/shared';
import { basePath } from '../i18n/urls';

/**
 * The most one saved unit may take on the device: what a reader saves with one
 * press. Today a unit is a whole language (see docs/decisions/offline-copy-units.md
 * for how a larger site splits it into sections, each held to this budget).
 */
export const OFFLINE_BUDGET_BYTES = 3 * 1024 * 1024;

/** One thing a reader saves with one press, and what it takes on the device. */
interface SavedUnit {
	name: string;
	stored: number;
}

/**
 * The units a language's copy is saved in, each held to the budget. Today one:
 * the whole language. A larger site splits it into a core and sections
 * (docs/decisions/offline-copy-units.md), which are added here.
 */
function savedUnits(manifest: OfflineManifest): SavedUnit[] {
	return [{ name: `The ${manifest.locale} offline copy`, stored: manifest.stored }];
}

/** Options of the offline step. */
export interface OfflineCopyOptions {
	/**
	 * `enforce` (the default) stops the build when a saved unit is over
	 * `OFFLINE_BUDGET_BYTES`; `report` only logs its size against the budget.
	 * The benchmark's synthetic sites use `report` (env `SINERGI_OFFLINE_BUDGET=report`):
	 * the budget is for this site's readers, not for a thousand pages of filler.
	 */
	budget?: 'enforce' | 'report';
}

const MB = 1024 * 1024;

/**
 * After Pagefind has written its index (so list this after `pagefindIndex()`):
 * writes each language's offline manifest (`offline/<locale>.json`) from the
 * files in the build folder, and the service worker `sw.js` with its
 * precache list (the not-found pages, which serve as offline pages, and what
 * they load). Logs each language's
 * size and stops the build when one exceeds `OFFLINE_BUDGET_BYTES` on the
 * device (unless `options.budget` is `report`).
 */
export function offlineCopy(build: string, options: OfflineCopyOptions = {}): AstroIntegration {
	const enforce = (options.budget ?? 'enforce') === 'enforce';
	let base = '/';
	return {
		name: 'sinergi:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = basePath(config.base);
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
					for (const unit of savedUnits(manifest)) {
						if (unit.stored <= OFFLINE_BUDGET_BYTES) continue;
						if (!enforce) {
							logger.warn(
								`${unit.name} takes ${(unit.stored / MB).toFixed(2)} MB stored, over the ${OFFLINE_BUDGET_BYTES / MB} MB budget per saved unit (reported, not enforced)`,
							);
							continue;
						}
						throw new Error(
							offlineBudgetMessage({ dir: folder, locale, stored: unit.stored, budget: OFFLINE_BUDGET_BYTES }),
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
