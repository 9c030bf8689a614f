import type { Page } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist';
import { dialogRoot, openSearchDialog, pageRoot, resultsFor, searchFor, statusOf } from '../helpers/search';
import { useBrowserSession } from '../helpers/browser-session';
import type { StaticServer } from '../helpers/server';
import { foreignRequests, type PageWatch } from '../helpers/watch-page';

assertBuilt();

declare global {
	interface Window {
		/** Set only if a payload below ever runs as script. */
		__pwned?: unknown;
	}
}

/** Queries a hostile or careless reader might type or link to, by name. */
const LONG = 'kepiting '.repeat(1112).slice(0, 10_000);
const PAYLOADS: [string, string][] = [
	['an image with an onerror handler', '<img src=x onerror="window.__pwned=1">'],
	['a script element', '<script>window.__pwned=1</script>'],
	['an attribute break-out into an svg onload', '"><svg onload=window.__pwned=1>'],
	['a javascript: URL', 'javascript:window.__pwned=1'],
	['mixed scripts and emoji', 'kepiting 🦀 ကဏ် 蟹 крабы'],
	['a 10,000-character query', LONG],
];

/** The search page and an ordinary query with results, per language. */
const LANGUAGES = [
	{ lang: 'id', search: 'cari/', query: 'kepiting' },
	{ lang: 'en', search: 'en/search/', query: 'crab' },
];

let server: StaticServer;
let watch: PageWatch;
let page: Page;
useBrowserSession((session) => ({ server, watch, page } = session));

/**
 * What a payload could have left behind: the flag it sets when run, elements
 * it would plant anywhere (handlers, `img[src=x]`, `javascript:` links), and
 * any embedded or scripted element inside the search root, where results,
 * status and suggestions are built from text only.
 */
function traces(root: string): Promise<{ pwned: unknown; planted: string[]; embedded: string[] }> {
	return page.evaluate((selector) => {
		const outline = (element: Element): string => element.outerHTML.slice(0, 120);
		return {
			pwned: window.__pwned,
			planted: [...document.querySelectorAll('img[src="x"], [onerror], [onload], a[href^="javascript:" i]')].map(
				outline,
			),
			embedded: [...document.querySelectorAll(`${selector} :is(script, svg, img, iframe, object, embed)`)].map(outline),
		};
	}, root);
}

/** Where the logs stood before a query, so each query answers only for itself. */
interface Mark {
	errors: number;
	violations: number;
	requests: number;
}

/** The open page's own violation list (the watch's combined list drops repeats seen on earlier pages). */
const pageViolations = (): Promise<string[]> => page.evaluate(() => window.__cspViolations ?? []);

async function mark(): Promise<Mark> {
	return { errors: watch.errors.length, violations: (await pageViolations()).length, requests: watch.requests.length };
}

/** Asserts the payload ran nothing, planted nothing, and the page logged, blocked and fetched nothing untoward since `from`. */
async function expectInert(root: string, from: Mark): Promise<void> {
	expect(await traces(root)).toEqual({ pwned: undefined, planted: [], embedded: [] });
	expect((await pageViolations()).slice(from.violations)).toEqual([]);
	expect(watch.errors.slice(from.errors)).toEqual([]);
	expect(foreignRequests(watch.requests.slice(from.requests), server.origin)).toEqual([]);
}

describe('hostile queries typed into the header dialog', () => {
	beforeAll(async () => {
		await page.goto(`${server.root}kesepakatan/`);
		await openSearchDialog(page);
	});

	it.each(PAYLOADS)('%s: shown as text, nothing runs or is planted, search still works', async (_name, payload) => {
		const input = `${dialogRoot} [data-search-input]`;
		const from = await mark();
		await page.fill(input, '');
		// Typing key by key is the reader's path; ten thousand keystrokes would only slow the test, so that one is pasted.
		if (payload.length > 100) await page.fill(input, payload);
		else await page.locator(input).pressSequentially(payload);
		await resultsFor(page, payload).catch(
			async (error: unknown) => (await expectInert(dialogRoot, from), Promise.reject(error)),
		);
		expect(await page.inputValue(input)).toBe(payload);
		expect(await statusOf(page)).toContain(`“${payload}”`);
		await expectInert(dialogRoot, from);
		expect((await searchFor(page, 'kepiting')).length).toBeGreaterThan(0);
	});
});

describe.each(LANGUAGES)('hostile queries linked to the $lang search page with ?q=', ({ search, query }) => {
	it.each(PAYLOADS)(
		'%s: shown as text, kept in the address, nothing runs, search still works',
		async (_name, payload) => {
			const from = await mark();
			await page.goto(`${server.root}${search}?q=${encodeURIComponent(payload)}`);
			// If the status never names the query as text, say first what the payload left behind.
			await resultsFor(page, payload, pageRoot).catch(
				async (error: unknown) => (await expectInert(pageRoot, { ...from, violations: 0 }), Promise.reject(error)),
			);
			expect(await page.inputValue(`${pageRoot} [data-search-input]`)).toBe(payload);
			expect(await statusOf(page, pageRoot)).toContain(`“${payload}”`);
			expect(new URL(page.url()).searchParams.get('q')).toBe(payload);
			// A freshly loaded page starts its own violation list.
			await expectInert(pageRoot, { ...from, violations: 0 });
			expect((await searchFor(page, query, pageRoot)).length).toBeGreaterThan(0);
		},
	);
});
