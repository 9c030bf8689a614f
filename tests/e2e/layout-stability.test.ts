import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, listPages, pathOfFile } from '../helpers/dist';
import { serveDist, type StaticServer } from '../helpers/server';

assertBuilt();

/**
 * Nothing on a page may move when its scripts run. A reader on a slow phone
 * starts reading, or reaches for a link, as soon as the page paints; if the
 * header then jumps because the search button replaces the no-script form,
 * everything moves under their finger (Lighthouse counts it as Cumulative
 * Layout Shift, and it cost 5 points on every page).
 *
 * Paint timing makes a live layout-shift count flaky (Chromium may paint a
 * half-parsed page on a busy machine), so this compares two layouts instead:
 * the fully parsed page with its scripts held back, and the same page after
 * they ran. Every element that is visible in both must sit in the same place.
 */
const paths = listPages().map((file) => pathOfFile(file));
const VIEWPORTS = [
	{ name: '360 px phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1280, height: 800 },
] as const;

let server: StaticServer;
let browser: Browser;
const pages = new Map<string, Page>();

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
	for (const viewport of VIEWPORTS) pages.set(viewport.name, await browser.newPage({ viewport }));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Records where every element in the body is (runs in the page; keeps the elements for the second call). */
function snapshotLayout(): string[] {
	interface Probe {
		elements: Element[];
		boxes: (DOMRect | null)[];
	}
	const store = window as unknown as { layoutProbe?: Probe };
	const box = (element: Element): DOMRect | null => {
		const rect = element.getBoundingClientRect();
		return rect.width > 0 && rect.height > 0 ? rect : null;
	};
	const name = (element: Element): string => {
		const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
		const text = element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40);
		return `<${element.localName}${classes ? `.${classes}` : ''}>${text ? ` "${text}"` : ''}`;
	};
	const probe = store.layoutProbe;
	if (!probe) {
		const elements = [...document.body.querySelectorAll('*')];
		store.layoutProbe = { elements, boxes: elements.map(box) };
		return [];
	}
	const moved = new Set<Element>();
	probe.elements.forEach((element, index) => {
		const before = probe.boxes[index];
		const after = box(element);
		if (before && after && (Math.abs(before.x - after.x) > 0.5 || Math.abs(before.y - after.y) > 0.5))
			moved.add(element);
	});
	// Name only the outermost element of each moved block: its children moved with it.
	return [...moved]
		.filter((element) => !element.parentElement || !moved.has(element.parentElement))
		.map((element) => {
			const before = probe.boxes[probe.elements.indexOf(element)] as DOMRect;
			const after = element.getBoundingClientRect();
			return `${name(element)} moved from (${Math.round(before.x)}, ${Math.round(before.y)}) to (${Math.round(after.x)}, ${Math.round(after.y)})`;
		});
}

/**
 * Loads a page with its scripts held until it is parsed and styled, records
 * the layout, lets the scripts run, and returns the elements that moved.
 */
async function movedByScripts(page: Page, path: string): Promise<string[]> {
	let release = (): void => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() === 'script') await released;
		await route.continue();
	});
	try {
		await page.goto(`${server.root}${path.replace(/^\//, '')}`, { waitUntil: 'commit' });
		// Module scripts wait for the parser; "interactive" means parsed, scripts not yet run.
		await page.waitForFunction(
			() =>
				document.readyState !== 'loading' &&
				[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
		);
		await page.evaluate(snapshotLayout);
		release();
		await page.waitForLoadState('load');
		await page.evaluate(() => customElements.whenDefined('site-search'));
		return await page.evaluate(snapshotLayout);
	} finally {
		release();
		await page.unroute('**/*');
	}
}

describe(`nothing moves when a page's scripts run (${VIEWPORTS.map(({ name }) => name).join(', ')})`, () => {
	it.each(paths)('%s stays still', async (path) => {
		const report: string[] = [];
		for (const [name, page] of pages)
			report.push(...(await movedByScripts(page, path)).map((line) => `${name}: ${line}`));
		expect(report, `Elements that moved when the scripts ran:\n${report.join('\n')}`).toEqual([]);
	});
});
