import { findChromium, RESOLVED_BROWSER_ENV } from '../helpers/browser';

/**
 * Vitest global setup: finds (or unpacks) Chromium once, before any test file
 * runs, and passes its path to the test workers through `CHROMIUM_PATH`, so
 * that parallel workers never unpack the packaged browser at the same time.
 */
export default async function setup(): Promise<void> {
	const started = performance.now();
	const path = await findChromium();
	process.env[RESOLVED_BROWSER_ENV] = path;
	console.info(`browser: ${path} (${((performance.now() - started) / 1000).toFixed(1)} s to find)`);
}
