import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/**
 * Finds a Chromium to drive: `CHROMIUM_PATH`, then a browser Playwright
 * installed, then Debian's `/usr/bin/chromium`. Throws with how to install one.
 */
export function findChromium(): string {
	const candidates = [process.env['CHROMIUM_PATH'], safePlaywrightPath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
	if (!found) {
		throw new Error('No Chromium found. Install one (Debian: "apt-get install -y chromium") or set CHROMIUM_PATH to its executable. bash .ci/run installs it automatically.');
	}
	return found;
}

function safePlaywrightPath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** Launches headless Chromium with the flags above. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
