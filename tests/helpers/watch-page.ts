import type { BrowserContext, Page } from 'playwright';

/** What a watched browser context saw. */
export interface PageWatch {
	/** Every URL requested, in order. */
	requests: string[];
	/** Console errors and uncaught exceptions, with the page they happened on. */
	errors: string[];
	/** Responses with status 400 or more (the 404 pages we visit on purpose are not requested this way). */
	failures: string[];
	/**
	 * Content Security Policy violations reported so far by the open pages: ask
	 * before navigating away (Chromium also logs each one as a console error).
	 */
	violations: () => Promise<string[]>;
}

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Records every request, console error, failed response and Content Security
 * Policy violation of a browser context. Violations are collected in the page
 * by a listener installed before any of the page's own scripts run.
 */
export async function watchContext(context: BrowserContext): Promise<PageWatch> {
	const watch: Omit<PageWatch, 'violations'> = { requests: [], errors: [], failures: [] };
	const collected: string[] = [];
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	context.on('request', (request) => watch.requests.push(request.url()));
	context.on('response', (response) => {
		if (response.status() >= 400) watch.failures.push(`${response.status()} ${response.url()}`);
	});
	const track = (page: Page): void => {
		page.on('console', (message) => {
			if (message.type() === 'error') watch.errors.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => watch.errors.push(`${page.url()}: ${error.message}`));
	};
	context.pages().forEach(track);
	context.on('page', track);
	return {
		...watch,
		violations: async () => {
			const open = await Promise.all(context.pages().map((page) => page.evaluate(() => window.__cspViolations ?? [])));
			collected.push(...open.flat().filter((line) => !collected.includes(line)));
			return collected;
		},
	};
}

/** Requests that left the site's origin (blob: and data: URLs stay in the page). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
	return requests.filter(
		(url) => !url.startsWith('data:') && !url.startsWith(`blob:${origin}`) && new URL(url).origin !== origin,
	);
}
