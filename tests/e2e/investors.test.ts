import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { ui } from '../helpers/ui';

assertBuilt();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const investorPages = ['peta/', 'en/map/', 'data-terbuka/', 'en/open-data/', 'komoditas/', 'en/commodities/'];

let server: StaticServer;
let context: BrowserContext;
useBrowserSession((session) => ({ server, context } = session));

async function open(path: string, setup?: (page: Page) => Promise<void>): Promise<Page> {
	const page = await context.newPage();
	await setup?.(page);
	await page.goto(`${server.root}${path}`);
	return page;
}

/** The `content` a reader sees after an element, as the browser computes it. */
const afterContent = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => getComputedStyle(el, '::after').content);

describe('print (A4, print media)', () => {
	it.each(['en/agreement/', 'peta/', 'en/open-data/'])(
		'/%s hides navigation and sharing, keeps the cited sources and the page citation, shows link URLs',
		async (path) => {
			const page = await open(path, (p) => p.emulateMedia({ media: 'print' }));
			try {
				expect(await page.locator('.primary-nav').isVisible()).toBe(false);
				expect(await page.locator('[data-language-switch]').isVisible()).toBe(false);
				expect(await page.locator('.share').isVisible()).toBe(false);
				expect(await page.locator('.footnotes').isVisible()).toBe(true);
				expect(await page.locator('.cite-page').isVisible()).toBe(true);
				// A link marked data-cited prints no address: the sources sections print it once.
				const external = page.locator('.article a[href^="http"]:not([data-cited])').first();
				const href = (await external.getAttribute('href')) as string;
				expect(await afterContent(page, '.article a[href^="http"]:not([data-cited])')).toContain(href);
				const pdf = await page.pdf({ format: 'A4' });
				expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			} finally {
				await page.close();
			}
		},
	);

	// A relative address means nothing on paper, and a glossary term followed by one reads badly (#21).
	it('prints no relative URL after internal links', async () => {
		const path = 'en/agreement/';
		const screen = await open(path);
		const print = await open(path, (p) => p.emulateMedia({ media: 'print' }));
		try {
			const selector = '.prose a[href^="/"]:not([data-footnote-ref])';
			expect(await print.locator(selector).count(), 'the page has internal links in its text').toBeGreaterThan(0);
			const href = (await print.locator(selector).first().getAttribute('href')) as string;
			expect(await afterContent(print, selector)).not.toContain(href);
			expect(await afterContent(screen, selector)).not.toContain(href);
		} finally {
			await screen.close();
			await print.close();
		}
	});
});

describe('small enhancements', () => {
	it('copy link copies the address the reader is on and says so', async () => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
		const page = await open('en/agreement/');
		try {
			const button = page.getByRole('button', { name: ui.en('share.copy') });
			await button.click();
			await expect.poll(() => page.locator('.share [role="status"]').textContent()).toBe(ui.en('share.copied'));
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			// The address in the bar, not the canonical one the build assumed (a copy may be hosted elsewhere).
			expect(copied).toBe(new URL(page.url()).href.split('#')[0]);
			expect(copied).not.toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
		} finally {
			await page.close();
		}
	});

	it('the commodity table sorts by a column and says so with aria-sort', async () => {
		const page = await open('en/commodities/');
		try {
			const header = page.locator('.commodity-directory thead th').first();
			const names = () => page.locator('.commodity-directory tbody th[scope="row"]').allTextContents();
			const before = await names();
			await header.getByRole('button').click();
			expect(await header.getAttribute('aria-sort')).toBe('ascending');
			expect(await names()).toEqual([...before].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
			await header.getByRole('button').click();
			expect(await header.getAttribute('aria-sort')).toBe('descending');
			expect(await names()).toEqual([...before].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
		} finally {
			await page.close();
		}
	});
});

describe('axe on the investors pages in dark mode', () => {
	it.each(investorPages)('/%s has no violations', async (path) => {
		const page = await open(path, (p) => p.emulateMedia({ colorScheme: 'dark' }));
		try {
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const report = violations.map(
				(v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
			);
			expect(report, report.join('\n')).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
