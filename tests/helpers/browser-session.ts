import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveDist, type StaticServer } from './server';
import { watchContext, type PageWatch } from './watch-page';

/** What a browser test file works with. */
export interface BrowserSession {
	/** The build, served on 127.0.0.1. */
	server: StaticServer;
	browser: Browser;
	/** One browser context, watched for requests, console errors and CSP violations. */
	context: BrowserContext;
	watch: PageWatch;
	/** One tab in that context. */
	page: Page;
}

/** How to open a session: what to serve and how to set up the context. */
export interface BrowserSessionOptions {
	/** The build folder and base path to serve (default: `dist/` at `/`). */
	serve?: Parameters<typeof serveDist>[0];
	/** Options for the context, e.g. `{ javaScriptEnabled: false }`. */
	context?: BrowserContextOptions;
}

/**
 * Before a test file's tests: serves the build, starts Chromium, opens a
 * watched context and a tab, and hands them to `use` (which assigns the
 * file's variables). After the tests: closes whatever was opened.
 */
export function useBrowserSession(use: (session: BrowserSession) => void, options: BrowserSessionOptions = {}): void {
	const opened: Partial<BrowserSession> = {};
	beforeAll(async () => {
		opened.server = await serveDist(options.serve);
		opened.browser = await launchBrowser();
		opened.context = await opened.browser.newContext(options.context);
		opened.watch = await watchContext(opened.context);
		opened.page = await opened.context.newPage();
		use(opened as BrowserSession);
	});
	afterAll(async () => {
		await opened.context?.close();
		await opened.browser?.close();
		await opened.server?.close();
	});
}
