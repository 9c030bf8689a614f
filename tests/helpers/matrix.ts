import type { Browser, BrowserContext } from 'playwright-core';

/** One way of viewing the site: colour scheme and viewport. */
export interface ViewCombination {
	name: string;
	colorScheme: 'light' | 'dark';
	viewport: { width: number; height: number };
}

/** A 360-px phone and a desktop, each in light and dark: what the accessibility checks run in. */
export const viewCombinations: readonly ViewCombination[] = (['light', 'dark'] as const).flatMap((colorScheme) => [
	{ name: `${colorScheme}, 360 px phone`, colorScheme, viewport: { width: 360, height: 740 } },
	{ name: `${colorScheme}, desktop`, colorScheme, viewport: { width: 1280, height: 800 } },
]);

/** A browser context that shows the site in one combination. */
export function contextFor(browser: Browser, combination: ViewCombination): Promise<BrowserContext> {
	return browser.newContext({ colorScheme: combination.colorScheme, viewport: combination.viewport });
}
