import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { listPages, pathOfFile } from './dist';
import { contextFor, type ViewCombination } from './matrix';
import { serveDist, type StaticServer } from './server';

/** The WCAG conformance the site claims: 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe rules whose outcome depends on the colours, so they run again in the other colour scheme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * The axe rules whose outcome depends on the layout, so they run again at
 * 360 px: contrast (text can wrap onto another background), the size and
 * spacing of tap targets, and scroll areas that only overflow on a phone.
 */
export const LAYOUT_RULES = ['color-contrast', 'target-size', 'scrollable-region-focusable'] as const;

/** A combination and what axe checks in it: every WCAG rule, or only the listed ones. */
export interface AxeView {
	combination: ViewCombination;
	rules: 'all WCAG rules' | readonly string[];
}

/**
 * Defines one test per built page that runs axe in each of `views` and fails
 * listing every violation. Each view has its own browser context with one tab
 * reused for every page (opening tabs is the slow part); the views of a page
 * are checked at the same time.
 */
export function axeEveryPage(views: readonly AxeView[]): void {
	const paths = listPages().map((file) => pathOfFile(file).replace(/^\//, ''));
	let server: StaticServer;
	let browser: Browser;
	let tabs: { view: AxeView; context: BrowserContext; page: Page }[] = [];

	beforeAll(async () => {
		server = await serveDist();
		browser = await launchBrowser();
		tabs = await Promise.all(
			views.map(async (view) => {
				// AxeBuilder needs a page from an explicit context, not browser.newPage(). No service worker: it
				// changes nothing on the page axe reads, and would otherwise serve and store every page it opens
				// (the offline tests check it).
				const context = await contextFor(browser, view.combination, { serviceWorkers: 'block' });
				return { view, context, page: await context.newPage() };
			}),
		);
	});

	afterAll(async () => {
		await Promise.all(tabs.map(({ context }) => context.close()));
		await browser?.close();
		await server?.close();
	});

	/** axe's violations on one page in one view, one line per rule and element. */
	async function violationsIn({ view, page }: (typeof tabs)[number], path: string): Promise<string[]> {
		const { name, colorScheme } = view.combination;
		await page.goto(`${server.root}${path}`);
		const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
		if (dark !== (colorScheme === 'dark')) return [`${name}: the colour scheme was not applied`];
		// axe.run in the page itself ("legacy mode"): by default AxeBuilder runs axe in every frame, then opens a
		// new tab, injects axe again and merges the frames' results there, once per check. The site has no
		// frames (its policy allows none from other origins), so the page's own run sees everything.
		// Only the violations are reported, so axe need not build a selector for every passing element
		// (its slowest step on a long page; see axe-core's `resultTypes` option).
		const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
		const { violations } = await (
			view.rules === 'all WCAG rules' ? builder.withTags(WCAG_TAGS) : builder.withRules([...view.rules])
		).analyze();
		return violations.map(
			(v) => `${name}: ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
		);
	}

	const described = views.map(
		({ combination, rules }) => `${combination.name}: ${rules === 'all WCAG rules' ? rules : rules.join(', ')}`,
	);
	describe(`axe (WCAG 2.0/2.1/2.2 A and AA) in ${described.join('; ')}`, () => {
		it.each(paths)(
			'/%s has no violations',
			async (path) => {
				// The views are separate tabs: they load and check the page side by side.
				const report = (await Promise.all(tabs.map((tab) => violationsIn(tab, path)))).flat();
				expect(report, report.join('\n')).toEqual([]);
			},
			// A shared machine can be slow.
			600_000,
		);
	});
}
