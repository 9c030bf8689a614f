import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { HASHED_FILES, offlineUrlOf } from './offline-files';

/** The worker's source: `src/offline/worker/service-worker.ts`. */
const ENTRY = fileURLToPath(new URL('../../offline/worker/service-worker.ts', import.meta.url));

/** What goes into `sw.js`. */
export interface ServiceWorkerInput {
	/** The build folder. */
	dir: string;
	/** The site's base path (`/` or `/sub/`). */
	base: string;
	build: string;
	/** Build-relative files installed with the worker (the offline pages and what they load). */
	precache: string[];
}

/**
 * Writes `sw.js` into the build folder: bundles the worker's TypeScript and
 * the Workbox modules it imports into one classic script with Vite (minified,
 * development logging compiled out, the build id written in), then has
 * Workbox's `injectManifest` put the precache list, with a content hash per
 * file, where `self.__WB_MANIFEST` stands. Returns the bytes of the files
 * that list installs.
 */
export async function writeServiceWorker({ dir, base, build: buildId, precache }: ServiceWorkerInput): Promise<number> {
	const output = await build({
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		define: { __SINERGI_BUILD__: JSON.stringify(buildId), 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: { entry: ENTRY, formats: ['iife'], name: 'sinergiServiceWorker', fileName: () => 'sw.js' },
		},
	});
	const chunk = (Array.isArray(output) ? output : [output])
		.flatMap((result) => ('output' in result ? result.output : []))
		.find((file) => file.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error('Bundling the service worker produced no script.');
	const scratch = await mkdtemp(join(tmpdir(), 'sinergi-sw-'));
	try {
		const source = join(scratch, 'sw.js');
		await writeFile(source, chunk.code);
		const { size, warnings } = await injectManifest({
			swSrc: source,
			swDest: join(dir, 'sw.js'),
			globDirectory: dir,
			globPatterns: precache,
			dontCacheBustURLsMatching: HASHED_FILES,
			manifestTransforms: [
				(entries) => ({
					manifest: entries
						.map((entry) => ({ ...entry, url: offlineUrlOf(entry.url, base, buildId) }))
						.sort((a, b) => (a.url < b.url ? -1 : 1)),
				}),
			],
		});
		if (warnings.length > 0) throw new Error(`The service worker's precache list:\n  ${warnings.join('\n  ')}`);
		return size;
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}
