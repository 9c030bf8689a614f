import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { ui } from '../helpers/ui';

assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

describe('a reader', () => {
	it('opens the home page in Indonesian', async () => {
		await page.goto(server.root);
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await page.textContent('h1')).toBe('Sinergi Kalimantan');
		expect(await page.isVisible('.summary')).toBe(true);
	});

	it('reaches the agreement page from the navigation and switches to its English counterpart', async () => {
		await page.goto(server.root);
		await page.getByText('Menu', { exact: true }).click();
		await page.getByRole('navigation').getByRole('link', { name: 'Kesepakatan', exact: true }).click();
		await page.waitForURL(`${server.root}kesepakatan/`);
		await page.getByRole('link', { name: ui.id('lang.switchTo', { language: ui.id('lang.switchShort') }) }).click();
		await page.waitForURL(`${server.root}en/agreement/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('h1')).toBe('The Kaltim–Kaltara joint agreement');
	});

	it('switches back to the same page in Indonesian', async () => {
		await page.goto(`${server.root}en/agreement/`);
		await page.getByRole('link', { name: ui.en('lang.switchTo', { language: ui.en('lang.switchShort') }) }).click();
		await page.waitForURL(`${server.root}kesepakatan/`);
		expect(await page.getAttribute('html', 'lang')).toBe('id');
	});

	it('skips the header with the keyboard', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: ui.id('skip.toMain') });
		expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await skip.isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.keyboard.press('Tab');
		const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
		expect(focusedInMain).toBe(true);
	});

	it('follows a citation to its note and back', async () => {
		await page.goto(`${server.root}en/agreement/`);
		const first = page.locator('[data-footnote-ref]').first();
		await first.focus();
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toMatch(/^#user-content-fn-/);
		const note = page.locator(':target');
		expect(await note.textContent()).toContain('Diskominfo Kaltim');
		await note.locator('[data-footnote-backref]').first().click();
		expect(new URL(page.url()).hash).toMatch(/^#user-content-fnref-/);
	});

	it('gets a helpful 404 page in its language', async () => {
		const response = await page.goto(`${server.root}en/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('h1')).toBe(ui.en('notFound.title'));
		expect(await page.getByRole('link', { name: ui.en('notFound.home') }).getAttribute('href')).toBe('/en/');
	});
});
