import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { assertBuilt, isNotFoundPage, listPages, pathOfFile } from '../helpers/dist';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { dialogRoot, openSearchDialog, searchFor } from '../helpers/search';

assertBuilt();

let server: StaticServer;
let page: Page;
useBrowserSession((session) => ({ server, page } = session));

const paths = listPages()
	.filter((file) => !isNotFoundPage(file) && !file.startsWith('offline/'))
	.map(pathOfFile);
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
/** WCAG 2.2, 2.5.8: targets of at least 24 × 24 CSS px, or spaced so a 24 px circle on each touches no other. */
const MIN = 24;

/** The top of each part of the page, in the order the reader must meet them (parts a page lacks are left out). */
async function partTops(target: Page): Promise<{ name: string; top: number }[]> {
	return target.evaluate(() => {
		const parts: [string, string][] = [
			['title', '.article h1'],
			['summary', '.article .summary'],
			['dates', '.article .page-dates'],
			['content', '.article .prose:not(.prose--notes), .article .page-template, .article .source-registry'],
			['footnotes', '.article section[data-footnotes]'],
			['cite', '.article .cite-page'],
			['share', '.article .share'],
		];
		return parts.flatMap(([name, selector]) => {
			const element = document.querySelector(selector);
			return element ? [{ name, top: element.getBoundingClientRect().top + scrollY }] : [];
		});
	});
}

describe.each([
	['360 px phone', PHONE],
	['1280 px desktop', DESKTOP],
])('on a %s', (_, viewport) => {
	it('every page shows its parts in order: title, summary, dates, content, footnotes, cite, share', async () => {
		await page.setViewportSize(viewport);
		const problems: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			const tops = await partTops(page);
			const names = tops.map((part) => part.name);
			const sorted = [...tops].sort((a, b) => a.top - b.top).map((part) => part.name);
			if (sorted.join() !== names.join()) problems.push(`${path}: ${sorted.join(' → ')}`);
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('long pages list their sections under "Di halaman ini / On this page", and each link lands on its section', async () => {
		await page.setViewportSize(viewport);
		for (const path of ['/sejak-penandatanganan/', '/en/since-the-signing/', '/tanya-jawab/', '/en/glossary/']) {
			await page.goto(`${server.root}${path.slice(1)}`);
			const toc = page.locator('.toc');
			expect(await toc.isVisible(), path).toBe(true);
			expect(await toc.locator('h2').innerText()).toMatch(/^(Di halaman ini|On this page)$/);
			const links = toc.locator('a');
			expect(await links.count(), path).toBeGreaterThanOrEqual(3);
			const last = links.last();
			const id = ((await last.getAttribute('href')) ?? '').slice(1);
			await last.click();
			await page.waitForFunction((target) => location.hash === `#${target}`, id);
			const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top, id);
			expect(top, `${path} #${id}`).toBeLessThan(viewport.height / 2);
		}
	});
});

describe('the menu reaches every page in two taps', () => {
	it.each([
		['360 px phone', PHONE],
		['1280 px desktop', DESKTOP],
	])('on a %s: "Menu", then a link to any built page of the site in its language', async (_, viewport) => {
		await page.setViewportSize(viewport);
		const base = new URL(server.root).pathname.replace(/\/$/, '');
		const missing: string[] = [];
		for (const from of paths) {
			await page.goto(`${server.root}${from.slice(1)}`);
			const shown = async (): Promise<string[]> =>
				page
					.locator('.primary-nav a')
					.evaluateAll((links) =>
						links
							.filter((link) => link.checkVisibility({ visibilityProperty: true }))
							.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
					);
			expect(await shown(), `${from}: the menu's links show before "Menu" is tapped`).toEqual([]);
			await page.locator('.nav-menu > summary').click(); // tap 1; tap 2 is the link
			const reachable = await shown();
			const english = from.startsWith('/en/');
			for (const to of paths.filter((path) => path.startsWith('/en/') === english))
				if (!reachable.includes(`${base}${to}`)) missing.push(`${from} → ${to}`);
		}
		expect(missing, `${missing.length} pages need more than two taps:\n${missing.slice(0, 20).join('\n')}`).toEqual([]);
	});
});

describe('the first screen', () => {
	it("at 1280 × 800, every page's title starts within 300 px of the top", async () => {
		await page.setViewportSize({ width: 1280, height: 800 });
		const low: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			const top = await page.evaluate(() => document.querySelector('main h1')?.getBoundingClientRect().top ?? Infinity);
			if (top > 300) low.push(`${path}: h1 at ${Math.round(top)} px`);
		}
		expect(low, low.join('\n')).toEqual([]);
	});

	it('at 1280 × 800 and 360 × 740, the summary starts on the first screen', async () => {
		const late: string[] = [];
		for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
			await page.setViewportSize(viewport);
			for (const path of paths) {
				await page.goto(`${server.root}${path.slice(1)}`);
				const top = await page.evaluate(() =>
					// On a phone, a page whose answer is a list under its title (fact checks, tracker) shows that
					// list first instead (first-screen.test.ts); on a wide screen its summary must show too.
					innerWidth < 640 && document.querySelector('main .lead-answer')
						? undefined
						: document.querySelector('main .summary')?.getBoundingClientRect().top,
				);
				// 48 px: at least the summary's heading and its first line are on the screen.
				if (top !== undefined && top > viewport.height - 48)
					late.push(`${viewport.width} px ${path}: summary at ${Math.round(top)} px`);
			}
		}
		expect(late, late.join('\n')).toEqual([]);
	});
});

describe('on a 360 px phone, every page', () => {
	it('keeps the article within the screen, tables scrolling inside it', async () => {
		await page.setViewportSize(PHONE);
		const overflowing: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			const widths = await page.evaluate(() => ({
				document: document.documentElement.scrollWidth,
				article: document.querySelector('.article')?.scrollWidth ?? 0,
				column: document.querySelector('.article')?.clientWidth ?? 0,
			}));
			if (widths.document > 360 || widths.article > widths.column)
				overflowing.push(`${path}: page ${widths.document} px, article ${widths.article} px in ${widths.column} px`);
		}
		expect(overflowing, overflowing.join('\n')).toEqual([]);
	});

	it('has no target under 24 × 24 px without the spacing to make up for it', async () => {
		await page.setViewportSize(PHONE);
		const small: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			const found = await page.evaluate((min) => {
				// Inline links inside a sentence are exempt (2.5.8 "Inline"); these are the targets that stand alone.
				const selector =
					'[data-footnote-ref], [data-footnote-backref], .page-tools a, .toc a, .glossary__index a, .share a, main button, .site-header a, .site-header button, .site-header summary';
				const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter(
					(element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
				);
				const boxes = targets.map((element) => element.getBoundingClientRect());
				const out: string[] = [];
				boxes.forEach((box, index) => {
					if (box.width >= min && box.height >= min) return;
					// Spacing exception: a 24 px circle centred on the target may not touch another target.
					const cx = box.left + box.width / 2;
					const cy = box.top + box.height / 2;
					const clash = boxes.some((other, j) => {
						if (j === index) return false;
						const dx = Math.max(other.left - cx, 0, cx - other.right);
						const dy = Math.max(other.top - cy, 0, cy - other.bottom);
						return Math.hypot(dx, dy) < min / 2;
					});
					if (clash)
						out.push(
							`"${(targets[index]?.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
						);
				});
				return out;
			}, MIN);
			for (const target of found) small.push(`${path}: ${target}`);
		}
		expect(small, small.slice(0, 30).join('\n')).toEqual([]);
	});
});

describe('print', () => {
	it('on every page, prints no relative link address, no back-links, menu, footer, search, share or page tools', async () => {
		await page.setViewportSize(DESKTOP);
		const printed: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			await page.emulateMedia({ media: 'print' });
			const shown = await page.evaluate(() => {
				const parts: Record<string, string> = {
					'back-links': '[data-footnote-backref]',
					menu: '.nav-menu, .primary-nav',
					'language switch': '.language-switch',
					footer: '.site-footer',
					search: '.site-search, .search-page form',
					share: '.share, .page-tools',
					'contents list': '.toc',
					'offline button': '.offline-copy, .offline-home',
				};
				const out = Object.entries(parts)
					.filter(([, selector]) =>
						[...document.querySelectorAll(selector)].some((element) =>
							element.checkVisibility({ visibilityProperty: true }),
						),
					)
					.map(([name]) => name);
				for (const link of document.querySelectorAll('a[href]'))
					if (/\(\//.test(getComputedStyle(link, '::after').content))
						out.push(`relative address after "${(link.textContent ?? '').trim().slice(0, 30)}"`);
				return out;
			});
			for (const part of shown) printed.push(`${path}: ${part}`);
			await page.emulateMedia({ media: 'screen' });
		}
		expect(printed, printed.slice(0, 30).join('\n')).toEqual([]);
	});

	it('on every page, prints each source once: its address in the sources sections, or at its first mention', async () => {
		await page.setViewportSize(DESKTOP);
		const twice: string[] = [];
		for (const path of paths) {
			await page.goto(`${server.root}${path.slice(1)}`);
			await page.emulateMedia({ media: 'print' });
			const found = await page.evaluate(() => {
				const sections = '[data-footnotes], .source-list';
				const where = new Map<string, string[]>();
				for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
					const href = link.getAttribute('href') ?? '';
					if (!link.checkVisibility({ visibilityProperty: true })) continue;
					if (!getComputedStyle(link, '::after').content.includes(href)) continue;
					where.set(href, [...(where.get(href) ?? []), link.closest(sections) ? 'sources' : 'article']);
				}
				const headings = [...document.querySelectorAll('[data-footnotes] h2, .source-list h2')].filter((heading) =>
					heading.checkVisibility(),
				).length;
				// Two entries of the registry may share an address (two articles of one law): only the sources
				// sections may print it more than once, one entry each.
				const repeated = [...where]
					.filter(([, places]) => places.length > 1 && places.includes('article'))
					.map(([href, places]) => `${href} printed ${places.length} times (${places.join(', ')})`);
				const sectionCount = document.querySelectorAll('[data-footnotes]').length;
				return sectionCount > 1
					? [...repeated, `${sectionCount} footnote sections`]
					: headings > 2
						? [...repeated, `${headings} sources headings`]
						: repeated;
			});
			for (const problem of found) twice.push(`${path}: ${problem}`);
			await page.emulateMedia({ media: 'screen' });
		}
		expect(twice, twice.slice(0, 30).join('\n')).toEqual([]);
	});

	it('does not tint the whole main area after the skip link', async () => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`${server.root}#main`);
		const background = await page.evaluate(
			() => getComputedStyle(document.querySelector('main') as Element).backgroundColor,
		);
		expect(background).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
	});
});

describe('a glossary term found by search', () => {
	it('links to the term, not to the top of the glossary', async () => {
		await page.setViewportSize(DESKTOP);
		await page.goto(`${server.root}en/`);
		await openSearchDialog(page);
		await searchFor(page, 'Keppres');
		const hrefs = await page
			.locator(`${dialogRoot} .search-results a`)
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
		expect(
			hrefs.some((href) => /\/en\/glossary\/#keppres$/.test(href)),
			hrefs.join('\n'),
		).toBe(true);
	});
});
