import type { Browser, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';

assertBuilt();

let server: StaticServer;
let browser: Browser;
let page: Page;
useBrowserSession((session) => ({ server, browser, page } = session), { context: { javaScriptEnabled: false } });

describe('a glossary term in the text', () => {
	it('shows its definition on keyboard focus, without JavaScript, and gives it to screen readers', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		const term = page.locator('a[data-glossary-term]').first();
		const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
		expect(await tip.isVisible()).toBe(false);
		await term.focus();
		expect(await tip.isVisible()).toBe(true);
		const description = await term.evaluate(
			(el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
		);
		expect(description.length).toBeGreaterThan(10);
		const snapshot = await page.locator('article').ariaSnapshot();
		expect(snapshot).toContain(`link "${await term.textContent()}"`);
	});

	it('shows its definition on hover, and keeps it while the pointer moves onto it', async () => {
		await page.goto(`${server.root}en/agreement/`);
		await page.locator('h1').focus();
		const term = page.locator('a[data-glossary-term]').first();
		const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
		await term.hover();
		expect(await tip.isVisible()).toBe(true);
		await tip.hover();
		expect(await tip.isVisible()).toBe(true);
		await page.mouse.move(0, 0);
		expect(await tip.isVisible()).toBe(false);
	});

	it('hides its definition on Esc without moving focus or pointer, and shows it again next time', async () => {
		const scripted = await browser.newPage();
		try {
			await scripted.goto(`${server.root}kesepakatan/`);
			const term = scripted.locator('a[data-glossary-term]').first();
			const tip = scripted.locator(`#${await term.getAttribute('aria-describedby')}`);
			await term.focus();
			expect(await tip.isVisible()).toBe(true);
			await scripted.keyboard.press('Escape');
			expect(await tip.isVisible()).toBe(false);
			expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
			// Tab away and back, as a keyboard reader would.
			await scripted.keyboard.press('Tab');
			await scripted.keyboard.press('Shift+Tab');
			expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
			expect(await tip.isVisible()).toBe(true);
			await scripted.keyboard.press('Tab');
			await term.hover();
			expect(await tip.isVisible()).toBe(true);
			await scripted.keyboard.press('Escape');
			expect(await tip.isVisible()).toBe(false);
		} finally {
			await scripted.close();
		}
	});
});
