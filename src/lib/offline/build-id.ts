import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files/files-under';

/** What a build reads besides `node_modules` (whose versions the lock file pins). */
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'] as const;

/**
 * The id of a build: 10 hex digits of a SHA-256 over the relative path and
 * content of every file the build reads, and over the settings that change
 * its output (`settings`, such as the base path and the site URL). Two clean
 * builds of the same sources share it (the build is deterministic); any change
 * to a page, a style, a script or a dependency gives a new one.
 *
 * It is known before Astro renders anything, so pages and scripts can carry
 * it: the service worker keys the saved offline copy by it, and the search
 * tells Pagefind to fetch `pagefind-entry.json?ts=<id>` (its `metaCacheTag`)
 * instead of a new timestamp each time, which no cache could answer offline.
 */
export function sourceBuildId(root: string, settings: readonly string[] = []): string {
	const hash = createHash('sha256');
	for (const setting of settings) hash.update(`setting\0${setting}\n`);
	for (const entry of BUILD_INPUTS) {
		const full = join(root, entry);
		if (!existsSync(full)) continue;
		const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => `${entry}/${file}`) : [entry];
		for (const file of files) {
			hash.update(`${file}\0`);
			hash.update(readFileSync(join(root, file)));
			hash.update('\n');
		}
	}
	return hash.digest('hex').slice(0, 10);
}
