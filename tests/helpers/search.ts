import type { Page } from 'playwright';

/** The dialog's search root, and the search page's. */
export const dialogRoot = 'dialog search-ui';
export const pageRoot = 'search-ui[data-url-sync]';

/** Opens the header search dialog with the keyboard shortcut and waits until it is open. */
export async function openSearchDialog(page: Page): Promise<void> {
	await page.keyboard.press('Control+k');
	await page.waitForSelector('dialog.search-dialog[open]');
}

/**
 * Types a query into a search root's box, waits until the live status names
 * that query (so results belong to it), and returns the result links' paths
 * in order, as a reader sees them.
 */
export async function searchFor(page: Page, query: string, root: string = dialogRoot): Promise<string[]> {
	await page.fill(`${root} [data-search-input]`, query);
	return resultsFor(page, query, root);
}

/**
 * Waits until a search root's live status names `query` (typed, filled or read
 * from `?q=`), and returns the result links' paths in order.
 */
export async function resultsFor(page: Page, query: string, root: string = dialogRoot): Promise<string[]> {
	await page.waitForFunction(
		([selector, q]) =>
			document.querySelector(`${selector} [data-search-status]`)?.textContent?.includes(`“${q}”`) ?? false,
		[root, query] as const,
		{ timeout: 30_000 },
	);
	return page.$$eval(`${root} .search-result > a`, (links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
}

/** The status line of a search root (result count, or the empty message). */
export function statusOf(page: Page, root: string = dialogRoot): Promise<string> {
	return page.textContent(`${root} [data-search-status]`).then((text) => text ?? '');
}
