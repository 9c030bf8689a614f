import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright';

/** Flags that keep Chromium from calling out to the network and make it run as root in CI. */
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Where a browser test finds the path that the global setup resolved (see `tests/setup/browser.ts`). */
export const RESOLVED_BROWSER_ENV = 'CHROMIUM_PATH';

/**
 * Finds a Chromium to drive, in this order: `CHROMIUM_PATH`, a browser that
 * Playwright installed, the system's `chromium`, then the Chromium that the
 * npm package `@sparticuz/chromium` ships (unpacked into the temporary folder
 * on first use, about 9 s). Call it once per process tree: two processes
 * unpacking at once would race, so the test run resolves it in its global
 * setup and hands the path on through `CHROMIUM_PATH`.
 */
export async function findChromium(): Promise<string> {
	const installed = [
		process.env[RESOLVED_BROWSER_ENV],
		safePlaywrightPath(),
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
	];
	const found = installed.find((path): path is string => Boolean(path) && isExecutableFile(path as string));
	if (found) return found;
	try {
		const { default: packaged } = await import('@sparticuz/chromium');
		return await packaged.executablePath();
	} catch (error) {
		throw new Error(
			`No Chromium found, and the one in the npm package @sparticuz/chromium could not be unpacked (${(error as Error).message}). ` +
				'Run "npm ci" to install it, or set CHROMIUM_PATH to a Chromium executable.',
			{ cause: error },
		);
	}
}

/**
 * True when the path is a file this process may execute. A system `chromium` can exist and still
 * not run (a snap wrapper without snapd, a stub left by a package, a file without the execute bit);
 * such a path is skipped so the search goes on to the packaged browser instead of failing later.
 */
export function isExecutableFile(path: string): boolean {
	if (!existsSync(path)) return false;
	try {
		if (!statSync(path).isFile()) return false;
		accessSync(path, constants.X_OK);
		return !isSnapStub(path);
	} catch {
		return false;
	}
}

/** Ubuntu's `chromium-browser` package is a shell script that only asks to install the snap. */
function isSnapStub(path: string): boolean {
	try {
		const buffer = Buffer.alloc(4096);
		const fd = openSync(path, 'r');
		const read = readSync(fd, buffer, 0, buffer.length, 0);
		closeSync(fd);
		const head = buffer.subarray(0, read).toString('latin1');
		return head.startsWith('#!') && /snap (install|run)|\/snap\/bin\//.test(head);
	} catch {
		return false;
	}
}

function safePlaywrightPath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** Launches headless Chromium with the flags above. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
}
