import type { Page } from 'playwright';
import { expect } from 'vitest';
import { isNotFoundPage, listPages, pathOfFile } from './dist';

/**
 * The reader-path checks (reader-path-wide and reader-path-phone) used to load every page once per
 * check, about eight times in all. Here each page is loaded once per viewport and every fact the
 * checks need is read in that one visit; the tests then assert on the facts, naming the page.
 */

/** Every page a reader reaches (not the 404 pages, not the offline copies), as URL paths. */
const readerPaths: string[] = listPages()
	.filter((file) => !isNotFoundPage(file) && !file.startsWith('offline/'))
	.map(pathOfFile);

/** What one visit can read; a viewport asks only for what its checks use. */
export interface VisitWants {
	/** Widths of the page and the article, and the small targets (phone checks). */
	phone?: boolean;
	/** What prints: hidden parts, relative addresses, sources printed twice (checked on a wide screen). */
	print?: boolean;
}

/** The facts one visit gathered, for one page at one viewport. */
export interface PageFacts {
	path: string;
	/** The top of each part of the page, in the order the reader must meet them. */
	parts: { name: string; top: number }[];
	/** The top of `main h1` on the first screen (Infinity when there is none). */
	titleTop: number;
	/** The top of the summary on the first screen, or undefined when it is not checked (see summaryTop). */
	summaryTop: number | undefined;
	widths?: { document: number; article: number; column: number };
	/** Targets under 24 × 24 px without the spacing to make up for it. */
	smallTargets?: string[];
	/** What the print style shows that it must not. */
	printed?: string[];
	/** Sources printed more than once. */
	printedTwice?: string[];
	/** The menu links visible before "Menu" is tapped, and after (URL pathnames). */
	menuBefore: string[];
	menuAfter: string[];
}

/** WCAG 2.2, 2.5.8: targets of at least 24 × 24 CSS px, or spaced so a 24 px circle on each touches no other. */
const MIN = 24;

/** The top of each part of the page that it has (parts a page lacks are left out). */
function partTops(): { name: string; top: number }[] {
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
}

/** Where the title and the summary start on the first screen. */
function firstScreen(): { titleTop: number; summaryTop: number | undefined } {
	return {
		titleTop: document.querySelector('main h1')?.getBoundingClientRect().top ?? Infinity,
		// On a phone, a page whose answer is a list under its title (fact checks, tracker) shows that
		// list first instead (first-screen.test.ts); on a wide screen its summary must show too.
		summaryTop:
			innerWidth < 640 && document.querySelector('main .lead-answer')
				? undefined
				: document.querySelector('main .summary')?.getBoundingClientRect().top,
	};
}

function widths(): { document: number; article: number; column: number } {
	return {
		document: document.documentElement.scrollWidth,
		article: document.querySelector('.article')?.scrollWidth ?? 0,
		column: document.querySelector('.article')?.clientWidth ?? 0,
	};
}

function smallTargets(min: number): string[] {
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
}

/** Under print media: the parts that must not print but do, and relative link addresses. */
function printedParts(): string[] {
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
			[...document.querySelectorAll(selector)].some((element) => element.checkVisibility({ visibilityProperty: true })),
		)
		.map(([name]) => name);
	for (const link of document.querySelectorAll('a[href]'))
		if (/\(\//.test(getComputedStyle(link, '::after').content))
			out.push(`relative address after "${(link.textContent ?? '').trim().slice(0, 30)}"`);
	return out;
}

/** Under print media: sources whose address prints more than once. */
function printedTwice(): string[] {
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
}

/** The pathnames of the menu links a reader can see now. */
async function shownMenuLinks(page: Page): Promise<string[]> {
	return page
		.locator('.primary-nav a')
		.evaluateAll((links) =>
			links
				.filter((link) => link.checkVisibility({ visibilityProperty: true }))
				.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
}

/**
 * Loads each reader page once at `viewport` and reads every fact the checks need: first the screen
 * layout, then (if asked) the print style on the same page, back to screen, and last the menu, since
 * tapping "Menu" changes the page.
 */
export async function visitEveryPage(
	page: Page,
	root: string,
	viewport: { width: number; height: number },
	wants: VisitWants = {},
): Promise<PageFacts[]> {
	await page.setViewportSize(viewport);
	const facts: PageFacts[] = [];
	for (const path of readerPaths) {
		await page.goto(`${root}${path.slice(1)}`);
		const parts = await page.evaluate(partTops);
		const { titleTop, summaryTop } = await page.evaluate(firstScreen);
		const fact: PageFacts = { path, parts, titleTop, summaryTop, menuBefore: [], menuAfter: [] };
		if (wants.phone) {
			fact.widths = await page.evaluate(widths);
			fact.smallTargets = await page.evaluate(smallTargets, MIN);
		}
		if (wants.print) {
			await page.emulateMedia({ media: 'print' });
			fact.printed = await page.evaluate(printedParts);
			fact.printedTwice = await page.evaluate(printedTwice);
			await page.emulateMedia({ media: 'screen' });
		}
		fact.menuBefore = await shownMenuLinks(page);
		await page.locator('.nav-menu > summary').click(); // tap 1; tap 2 is the link
		fact.menuAfter = await shownMenuLinks(page);
		facts.push(fact);
	}
	return facts;
}

/** Pages whose parts are out of order, as "path: the order found". */
export function partsOutOfOrder(facts: PageFacts[]): string[] {
	return facts.flatMap(({ path, parts }) => {
		const names = parts.map((part) => part.name);
		const sorted = [...parts].sort((a, b) => a.top - b.top).map((part) => part.name);
		return sorted.join() === names.join() ? [] : [`${path}: ${sorted.join(' → ')}`];
	});
}

/** Pages whose summary starts below the first screen (48 px: its heading and first line must show). */
export function lateSummaries(facts: PageFacts[], viewport: { width: number; height: number }): string[] {
	return facts.flatMap(({ path, summaryTop: top }) =>
		top !== undefined && top > viewport.height - 48
			? [`${viewport.width} px ${path}: summary at ${Math.round(top)} px`]
			: [],
	);
}

/** Pages the menu does not reach from `from`'s language, as "from → to"; `base` is the served base path. */
export function unreachable(facts: PageFacts[], base: string): string[] {
	return facts.flatMap(({ path: from, menuAfter }) => {
		const english = from.startsWith('/en/');
		return readerPaths
			.filter((to) => to.startsWith('/en/') === english && !menuAfter.includes(`${base}${to}`))
			.map((to) => `${from} → ${to}`);
	});
}

/** Long pages list their sections under "Di halaman ini / On this page", and the last link lands on its section. */
export async function checkContentsLists(
	page: Page,
	root: string,
	viewport: { width: number; height: number },
): Promise<void> {
	await page.setViewportSize(viewport);
	for (const path of ['/sejak-penandatanganan/', '/en/since-the-signing/', '/tanya-jawab/', '/en/glossary/']) {
		await page.goto(`${root}${path.slice(1)}`);
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
}
