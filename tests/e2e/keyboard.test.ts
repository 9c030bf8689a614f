import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';

assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

/** Presses Tab until the focused element matches, or fails after `limit` presses. */
async function tabTo(matches: () => Promise<boolean>, limit = 40): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		if (await matches()) return presses;
	}
	throw new Error(`Not reached with ${limit} presses of Tab`);
}

/** The accessible text of the focused element. */
const focusedText = (): Promise<string> =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');

describe('a keyboard user', () => {
	it('reaches the primary navigation and opens a page with Enter', async () => {
		await page.goto(server.root);
		// The menu opens from "Menu" at every width (Enter on the disclosure), then its links follow.
		await tabTo(() => page.evaluate(() => document.activeElement?.matches('.nav-menu > summary') ?? false));
		await page.keyboard.press('Enter');
		await tabTo(
			async () =>
				(await focusedText()) === 'Kesepakatan' &&
				(await page.evaluate(() => Boolean(document.activeElement?.closest('nav')))),
		);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${server.root}kesepakatan/`);
		expect(await page.getAttribute('html', 'lang')).toBe('id');
	});

	it('sees where the focus is', async () => {
		await page.goto(server.root);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement as Element);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
	});

	it('switches language with the keyboard and lands on the same page', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-language-switch') ?? false));
		await page.keyboard.press('Enter');
		await page.waitForURL(`${server.root}en/agreement/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
	});

	it('jumps to a footnote and back to the citation with the keyboard', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-footnote-ref') ?? false), 80);
		const citation = await page.evaluate(() => document.activeElement?.id ?? '');
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toMatch(/^#user-content-fn-/);
		await tabTo(() => page.evaluate(() => document.activeElement?.hasAttribute('data-footnote-backref') ?? false), 80);
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe(`#${citation}`);
	});

	it('hides a glossary definition with Escape, and sees it again on the next focus (WCAG 1.4.13)', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		const term = page.locator('.prose .glossary-term').first();
		const tip = term.locator('.glossary-term__tip');
		await term.locator('.glossary-term__link').focus();
		expect(await tip.isVisible(), 'the definition shows while its term has focus').toBe(true);
		await page.keyboard.press('Escape');
		expect(await tip.isVisible(), 'Escape hides it, focus unmoved').toBe(false);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect(await tip.isVisible(), 'the next focus shows it again').toBe(true);
	});
});
