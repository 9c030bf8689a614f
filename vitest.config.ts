import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The browser, found once; two clean builds under a sub-path, for the sub-path and determinism tests.
		globalSetup: ['tests/setup/browser.ts', 'tests/setup/subpath-builds.ts'],
		// Browser tests share two cores with Chromium: keep files from starving each other.
		maxWorkers: 2,
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
