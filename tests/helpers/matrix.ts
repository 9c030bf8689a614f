import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright';

/** One way of viewing the site: colour scheme and viewport. */
export interface ViewCombination {
	name: string;
	colorScheme: 'light' | 'dark';
	viewport: { width: number; height: number };
}

const screens = {
	phone: { label: '360 px phone', viewport: { width: 360, height: 740 } },
	desktop: { label: 'desktop', viewport: { width: 1280, height: 800 } },
} as const;

/** A colour scheme on a 360-px phone or a desktop: the combinations the accessibility checks run in. */
export function view(colorScheme: ViewCombination['colorScheme'], screen: keyof typeof screens): ViewCombination {
	return { name: `${colorScheme}, ${screens[screen].label}`, colorScheme, viewport: screens[screen].viewport };
}

/** A browser context that shows the site in one combination, with any other context options. */
export function contextFor(
	browser: Browser,
	combination: ViewCombination,
	options: BrowserContextOptions = {},
): Promise<BrowserContext> {
	return browser.newContext({ ...options, colorScheme: combination.colorScheme, viewport: combination.viewport });
}
