import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { contentFiles, frontmatterOf, pathOfKey } from '../helpers/content';
import { assertBuilt, fileOfPath, listPages, pathOfFile } from '../helpers/dist';
import { dialogRoot, openSearchDialog, pageRoot, searchFor, statusOf } from '../helpers/search';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { ui } from '../helpers/ui';

assertBuilt();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Files that belong to search: Pagefind's bundle and the site's search interface. */
const isSearchAsset = (url: string): boolean => /\/pagefind\/|\/search-ui[^/]*\.js/.test(url);

let server: StaticServer;
let browser: Browser;
let page: Page;
useBrowserSession((session) => ({ server, browser, page } = session));

/** The element that has focus, described by its id, text or tag. */
const focused = (p: Page): Promise<string> =>
	p.evaluate(() => {
		const element = document.activeElement;
		return element?.id || element?.textContent?.trim() || element?.tagName || '';
	});

describe('loading', () => {
	it('fetches no search file before the reader opens search, and the bundle once they do', async () => {
		const requests: string[] = [];
		const record = (request: { url: () => string }): number => requests.push(request.url());
		page.on('request', record);
		await page.goto(`${server.root}kesepakatan/`, { waitUntil: 'networkidle' });
		await page.mouse.move(10, 10);
		await page.mouse.wheel(0, 400);
		expect(requests.filter(isSearchAsset)).toEqual([]);
		await openSearchDialog(page);
		await searchFor(page, 'Tarakan');
		page.off('request', record);
		const loaded = requests.filter(isSearchAsset).map((url) => new URL(url).pathname);
		expect(loaded).toContain('/pagefind/pagefind.js');
		expect(loaded.some((path) => path.startsWith('/pagefind/wasm.id'))).toBe(true);
		expect(loaded.some((path) => path.includes('.en_') || path.includes('wasm.en'))).toBe(false);
	});
});

describe('the search dialog with the keyboard only', () => {
	it('opens with Ctrl+K, closes with Esc and returns focus to where the reader was', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await page.focus('[data-language-switch]');
		await page.keyboard.press('Control+k');
		await page.waitForSelector('dialog.search-dialog[open]');
		expect(await focused(page)).toBe('search-dialog-q');
		await page.keyboard.press('Escape');
		expect(await page.isVisible('dialog.search-dialog')).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-language-switch'))).toBe(true);
	});

	it('opens with "/" and with the header button, and Esc closes it even with text typed', async () => {
		await page.goto(`${server.root}en/`);
		await page.keyboard.press('/');
		await page.waitForSelector('dialog.search-dialog[open]');
		await page.keyboard.type('crab');
		await page.keyboard.press('Escape');
		expect(await page.isVisible('dialog.search-dialog')).toBe(false);
		const button = page.getByRole('button', { name: ui.en('search.open') });
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('dialog.search-dialog[open]');
		await page.keyboard.press('Escape');
		expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
	});

	it('moves through results with the arrow keys and opens one with Enter', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await openSearchDialog(page);
		const results = await searchFor(page, 'Kaltara');
		expect(results.length).toBeGreaterThan(1);
		const links = await page.$$eval(`${dialogRoot} .search-results a`, (anchors) =>
			anchors.map((a) => a.textContent?.trim() ?? ''),
		);
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe(links[0]);
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe(links[1]);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focused(page)).toBe('search-dialog-q');
		await page.keyboard.press('ArrowDown');
		await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).pathname).toBe(results[0]);
	});

	it('announces the result count in a live region and highlights the matched words', async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await openSearchDialog(page);
		await searchFor(page, 'Tarakan');
		expect(await page.getAttribute(`${dialogRoot} [data-search-status]`, 'role')).toBe('status');
		expect(await statusOf(page)).toMatch(/^\d+ hasil untuk “Tarakan”$/);
		const marks = await page.$$eval(`${dialogRoot} mark`, (nodes) => nodes.map((node) => node.textContent));
		expect(marks).toContain('Tarakan');
	});

	it('suggests the glossary and the other language when nothing is found', async () => {
		await page.goto(`${server.root}en/agreement/`);
		await openSearchDialog(page);
		expect(await searchFor(page, 'zzqxv')).toEqual([]);
		expect(await statusOf(page)).toBe(ui.en('search.empty', { q: 'zzqxv' }));
		const other = page.locator(`${dialogRoot} [data-search-suggest] a[hreflang="id"]`);
		expect(await other.getAttribute('href')).toBe('/cari/?q=zzqxv');
		expect(await other.getAttribute('lang'), 'its text is English').toBeNull();
		expect(await page.locator(`${dialogRoot} [data-search-suggest] a`).count()).toBe(2);
	});

	it('has no axe violations when open with results', async () => {
		await page.goto(`${server.root}en/agreement/`);
		await openSearchDialog(page);
		await searchFor(page, 'governor');
		const { violations } = await new AxeBuilder({ page }).include('dialog.search-dialog').withTags(WCAG_TAGS).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

/** Presses the search page's "more" button until every result is shown, waiting for each batch. */
async function showAllResults(page: Page): Promise<void> {
	const more = page.locator(`${pageRoot} [data-search-more]`);
	while (await more.isVisible()) {
		await more.click();
		await page.waitForFunction((root) => {
			const button = document.querySelector<HTMLButtonElement>(`${root} [data-search-more]`);
			return !button || button.hidden || !button.disabled;
		}, pageRoot);
	}
}

describe('the search page', () => {
	it('reads ?q= from the address, and writes the query and filters back', async () => {
		await page.goto(`${server.root}cari/?q=gubernur`);
		await page.waitForFunction(
			(root) => document.querySelector(`${root} [data-search-status]`)?.textContent?.includes('“gubernur”'),
			pageRoot,
		);
		expect(await page.$$eval(`${pageRoot} .search-result > a`, (links) => links.length)).toBeGreaterThan(0);
		await searchFor(page, 'Tarakan', pageRoot);
		expect(new URL(page.url()).search).toBe('?q=Tarakan');
		await page.getByRole('checkbox', { name: ui.id('search.topic.agreement') }).check();
		await page.waitForURL((url) => url.search === '?q=Tarakan&topic=agreement');
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
	});

	it('shows five results, then the next five on request, with focus on the first new one', async () => {
		await page.goto(`${server.root}cari/`);
		const found = await searchFor(page, 'Kalimantan', pageRoot);
		const total = Number((await statusOf(page, pageRoot)).match(/^(\d+)/)?.[1]);
		expect(total, 'the query should match more than ten pages').toBeGreaterThan(10);
		expect(found).toHaveLength(5);
		const more = page.getByRole('button', { name: ui.id('search.more') });
		await more.click();
		await page.waitForFunction((root) => document.querySelectorAll(`${root} .search-result`).length > 5, pageRoot);
		expect(await page.locator(`${pageRoot} .search-result`).count()).toBe(10);
		const sixth = page.locator(`${pageRoot} .search-result > a`).nth(5);
		expect(await sixth.evaluate((link) => link === document.activeElement)).toBe(true);
		await showAllResults(page);
		expect(await more.isVisible()).toBe(false);
		expect(await page.locator(`${pageRoot} .search-result`).count()).toBe(total);
		const all = await page.$$eval(`${pageRoot} .search-result > a`, (links) =>
			links.map((link) => link.getAttribute('href')),
		);
		expect(new Set(all).size, 'no result is shown twice').toBe(total);
	});

	it('filters without a query, listing exactly the pages with that filter value', async () => {
		await page.goto(`${server.root}en/search/?topic=reference`);
		await page.waitForFunction((root) => document.querySelectorAll(`${root} .search-result`).length > 0, pageRoot);
		await showAllResults(page);
		const paths = await page.$$eval(`${pageRoot} .search-result > a`, (links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
		// The pages whose frontmatter gives the topic, and the parts of the source list, which take the sources page's.
		const hasReference = (file: string): boolean => (frontmatterOf(file)['topics'] as string[]).includes('reference');
		const tagged = contentFiles().filter((entry) => entry.locale === 'en' && hasReference(entry.file));
		const sources = pathOfKey('sources', 'en');
		const parts = tagged.some((entry) => entry.path === sources)
			? listPages()
					.map(pathOfFile)
					.filter((path) => path.startsWith(`${sources}list/`))
			: [];
		const expected = [...tagged.map((entry) => entry.path), ...parts];
		expect(parts.length, 'parts of the source list in the build').toBeGreaterThan(0);
		expect(paths.sort()).toEqual(expected.sort());
	});
});

describe('filters', () => {
	const shrimp = '/en/commodities/shrimp/';
	const oilPalm = '/en/commodities/oil-palm/';
	it('keep blue-economy commodities and leave green ones out', async () => {
		expect(fileOfPath(oilPalm), 'the green commodity left out is built').toBeDefined();
		await page.goto(`${server.root}en/search/?q=commodity&economy=blue`);
		await page.waitForFunction(
			(root) => document.querySelector(`${root} [data-search-status]`)?.textContent?.includes('“commodity”'),
			pageRoot,
		);
		// Every result, not the first five: a page that names a commodity in its text (the tracker) ranks above profiles that match only by topic.
		await showAllResults(page);
		const paths = await page.$$eval(`${pageRoot} .search-result > a`, (links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
		expect(paths).toContain(shrimp);
		expect(paths).not.toContain(oilPalm);
		expect(await page.isChecked(`${pageRoot} input[name="economy"][value="blue"]`)).toBe(true);
	});
});

describe('without JavaScript', () => {
	it('the header search is a form that goes to the search page, which says why and lists every page', async () => {
		const plain = await browser.newContext({ javaScriptEnabled: false });
		try {
			const noScript = await plain.newPage();
			await noScript.goto(`${server.root}en/agreement/`);
			expect(await noScript.isVisible('.site-search__open')).toBe(false);
			await noScript.fill('#site-search-q', 'mud crab');
			await Promise.all([
				noScript.waitForURL((url) => url.pathname === '/en/search/'),
				noScript.press('#site-search-q', 'Enter'),
			]);
			expect(new URL(noScript.url()).searchParams.get('q')).toBe('mud crab');
			expect(await noScript.isVisible('.search-page__nojs')).toBe(true);
			expect(await noScript.isVisible('.search-filters')).toBe(false);
			const listed = await noScript.$$eval('#all-pages ~ ul a', (links) =>
				links.map((link) => link.getAttribute('href')),
			);
			expect(listed).toContain('/en/agreement/');
			expect(listed).toContain('/en/');
		} finally {
			await plain.close();
		}
	});
});
