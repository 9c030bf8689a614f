import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Pages workflow the README's deploy section describes: it must give the build the
 * published address (or every share and canonical link points at the placeholder host) and keep
 * Astro's cache between deploys (or every deploy draws every share image again).
 */
interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
	jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const index = (find: (step: Step) => boolean): number => steps.findIndex(find);

describe('the GitHub Pages workflow', () => {
	const build = index((step) => step.run === 'npm run build');

	it('builds with the published address and base path from the Pages settings', () => {
		expect(build).toBeGreaterThan(-1);
		expect(steps[build]?.env?.['SITE_URL']).toContain('steps.pages.outputs.origin');
		expect(steps[build]?.env?.['BASE_PATH']).toContain('steps.pages.outputs.base_path');
	});

	it("restores Astro's cache after npm ci (which empties node_modules) and before the build", () => {
		const install = index((step) => step.run === 'npm ci');
		const cache = index(
			(step) => step.uses?.startsWith('actions/cache@') === true && step.with?.['path'] === 'node_modules/.astro',
		);
		expect(cache, 'an actions/cache step for node_modules/.astro').toBeGreaterThan(-1);
		expect(install).toBeLessThan(cache);
		expect(cache).toBeLessThan(build);
	});

	it('publishes the build folder', () => {
		const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(upload?.with?.['path']).toBe('dist');
	});
});
