import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, one per test layer, so each runs alone (`npm run test:unit`, `test:build`,
 * `test:e2e`) and pays only for the set-up it needs; `vitest run` runs all three in one pool.
 */
export default defineConfig({
	test: {
		// Three files at a time on two cores: browser files spend much of their time waiting on Chromium
		// and the static server, so a third worker fills the gaps (measured: vitest 369 s with two, 308 s
		// with three, all files passing); more would starve Chromium of CPU.
		maxWorkers: 3,
		testTimeout: 60_000,
		hookTimeout: 120_000,
		projects: [
			{
				extends: true,
				// The collection schemas import `reference` from Astro's runtime: a stub lets them load alone.
				resolve: {
					alias: { 'astro:content': fileURLToPath(new URL('tests/helpers/astro-content-stub.ts', import.meta.url)) },
				},
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				// Two clean builds under a sub-path, for the sub-path and determinism tests.
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/subpath-builds.ts'] },
			},
			{
				extends: true,
				// The browser, found once; the sub-path build, served by the sub-path browser tests.
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/setup/browser.ts', 'tests/setup/subpath-build.ts'],
				},
			},
		],
	},
});
