import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, listPages, pathOfFile } from '../helpers/dist';
import { contextFor, viewCombinations, type ViewCombination } from '../helpers/matrix';
import { serveDist, type StaticServer } from '../helpers/server';

assertBuilt();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = listPages().map((file) => pathOfFile(file).replace(/^\//, ''));

let server: StaticServer;
let browser: Browser;
/** One context per combination, each with one tab reused for every page (opening tabs is the slow part). */
let views: { combination: ViewCombination; context: BrowserContext; page: Page }[] = [];

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	views = await Promise.all(
		viewCombinations.map(async (combination) => {
			// AxeBuilder needs a page from an explicit context, not browser.newPage().
			const context = await contextFor(browser, combination);
			return { combination, context, page: await context.newPage() };
		}),
	);
});

afterAll(async () => {
	await Promise.all(views.map(({ context }) => context.close()));
	await browser?.close();
	await server?.close();
});

/** axe's violations on one page in one combination, one line per rule and element. */
async function violationsIn(view: (typeof views)[number], path: string): Promise<string[]> {
	await view.page.goto(`${server.root}${path}`);
	const dark = await view.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	if (dark !== (view.combination.colorScheme === 'dark')) return [`${view.combination.name}: the colour scheme was not applied`];
	const { violations } = await new AxeBuilder({ page: view.page }).withTags(WCAG_TAGS).analyze();
	return violations.map((v) => `${view.combination.name}: ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

describe(`axe (WCAG 2.0/2.1/2.2 A and AA) in ${viewCombinations.map(({ name }) => name).join('; ')}`, () => {
	it.each(paths)(
		'/%s has no violations',
		async (path) => {
			const report: string[] = [];
			for (const view of views) report.push(...(await violationsIn(view, path)));
			expect(report, report.join('\n')).toEqual([]);
		},
		// Four axe runs per page; a shared machine can be slow.
		600_000,
	);
});
