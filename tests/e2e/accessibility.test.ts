import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, listPages, pathOfFile } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

assertBuilt();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = listPages().map((file) => pathOfFile(file).replace(/^\//, ''));

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	// AxeBuilder needs a page from an explicit context, not browser.newPage().
	context = await browser.newContext();
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

describe('axe (WCAG 2.0/2.1/2.2 A and AA)', () => {
	it.each(paths)('/%s has no violations', async (path) => {
		const page = await context.newPage();
		try {
			await page.goto(`${server.root}${path}`);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const report = violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
			expect(report, report.join('\n')).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
