import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';
import { ui } from '../helpers/ui';

assertBuilt();

/**
 * The primary navigation sits behind a "Menu" disclosure that works without
 * JavaScript and with the keyboard: on a phone it opens as one column of groups,
 * on a desktop as three columns below a header of two short rows.
 */
const PHONE = { width: 360, height: 740 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<Page> {
	const context = await browser.newContext({ viewport, javaScriptEnabled });
	contexts.push(context);
	return context.newPage();
}

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
});

afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await server?.close();
});

const navLink = (page: Page, name: string) =>
	page
		.getByRole('navigation', { name: new RegExp(`${ui.id('nav.label')}|${ui.en('nav.label')}`, 'i') })
		.getByRole('link', { name, exact: true });

describe('the navigation on a 360 px phone', () => {
	it('is closed behind "Menu", and opens with a tap without JavaScript', async () => {
		const page = await open(PHONE, false);
		await page.goto(server.root);
		const menu = page.locator('.nav-menu > summary');
		expect(await menu.innerText()).toBe(ui.id('nav.menu'));
		expect(await navLink(page, 'Kesepakatan').isVisible()).toBe(false);
		await menu.click();
		await navLink(page, 'Kesepakatan').click();
		await page.waitForURL(`${server.root}kesepakatan/`);
	});

	it('opens with the keyboard, shows where the focus is, and its links open with Enter', async () => {
		const page = await open(PHONE);
		await page.goto(`${server.root}en/`);
		let presses = 0;
		while (!(await page.evaluate(() => document.activeElement?.matches('.nav-menu > summary') ?? false))) {
			expect(++presses, 'Tab never reached "Menu"').toBeLessThan(10);
			await page.keyboard.press('Tab');
		}
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
		expect(outline).not.toBe('none');
		expect(await page.locator('.nav-menu').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
		await page.keyboard.press('Enter');
		expect(await navLink(page, 'The agreement').isVisible()).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim())).toBe(
			'The agreement',
		);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${server.root}en/agreement/`);
	});

	it('closes with Escape, giving the focus back to "Menu", and with a tap outside it', async () => {
		const page = await open(PHONE);
		await page.goto(`${server.root}en/`);
		const summary = page.locator('.nav-menu > summary');
		await summary.click();
		expect(await navLink(page, 'The agreement').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await navLink(page, 'The agreement').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.matches('.nav-menu > summary') ?? false)).toBe(true);
		// On a desktop the open menu leaves the page's foot uncovered: a tap there closes it.
		await page.setViewportSize(DESKTOP);
		await summary.click();
		expect(await navLink(page, 'The agreement').isVisible()).toBe(true);
		const below = await page.evaluate(
			({ x, y }) => !document.querySelector('.nav-menu')?.contains(document.elementFromPoint(x, y)),
			{ x: 640, y: DESKTOP.height - 10 },
		);
		expect(below, 'the point tapped is outside the menu').toBe(true);
		await page.mouse.click(640, DESKTOP.height - 10);
		expect(await navLink(page, 'The agreement').isVisible()).toBe(false);
	});

	it('keeps the header to two lines, under 120 px', async () => {
		const page = await open(PHONE);
		for (const path of ['', 'en/', 'kesepakatan/', 'en/commodities/kratom/']) {
			await page.goto(`${server.root}${path}`);
			const height = await page.evaluate(
				() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
			);
			expect(height, `/${path}: header is ${Math.round(height)} px tall`).toBeLessThan(120);
		}
	});
});

describe('the navigation on a desktop', () => {
	it('leaves an Escape that closed the search dialog to the dialog: the menu closes on the next one', async () => {
		const page = await open(DESKTOP);
		await page.goto(`${server.root}en/`);
		await page.locator('.nav-menu > summary').click();
		await page.keyboard.press('/');
		const dialog = page.locator('dialog.search-dialog');
		expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		expect(await dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
		expect(await navLink(page, 'The agreement').isVisible(), 'the menu is still open').toBe(true);
		await page.keyboard.press('Escape');
		expect(await navLink(page, 'The agreement').isVisible()).toBe(false);
	});

	it('keeps the header to two short rows, its groups behind "Menu", opened without JavaScript', async () => {
		const page = await open(DESKTOP, false);
		await page.goto(server.root);
		const height = await page.evaluate(
			() => document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0,
		);
		expect(height, `the header is ${Math.round(height)} px tall`).toBeLessThan(130);
		expect(await navLink(page, 'Kesepakatan').isVisible()).toBe(false);
		await page.locator('.nav-menu > summary').click();
		// The three groups side by side: their headings on one line.
		const tops = await page
			.locator('.primary-nav p')
			.evaluateAll((headings) => headings.map((heading) => Math.round(heading.getBoundingClientRect().top)));
		expect(tops).toHaveLength(3);
		expect(new Set(tops).size, 'the groups stand side by side').toBe(1);
		for (const name of ['Beranda', 'Kesepakatan', 'Solidaritas & IKN', 'Berita 3'])
			expect(await navLink(page, name).isVisible(), name).toBe(true);
	});

	it.each([
		['360 px phone', PHONE],
		['1280 px desktop', DESKTOP],
	])('open on a %s, passes axe (WCAG 2.2 AA) in light and dark', async (_, viewport) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await open(viewport);
			await page.emulateMedia({ colorScheme });
			await page.goto(`${server.root}en/`);
			await page.locator('.nav-menu > summary').click();
			const { violations } = await new AxeBuilder({ page })
				.include('.site-header')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((violation) => `${colorScheme}: ${violation.id} (${violation.nodes.length})`)).toEqual([]);
		}
	});
});
