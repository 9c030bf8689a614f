import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/files/files-under';
import { astroBuild, copyProject, projectRoot, removeCopy } from '../helpers/project-copy';
import { SUBPATH_BASE, SUBPATH_SITE, subpathDirs } from '../helpers/subpath';

/**
 * Vitest global setup: two clean builds of the project as it would be hosted
 * under a sub-path (`BASE_PATH=/sinergi-kalimantan/`) at its own origin (`SITE_URL`), each in its own fresh
 * copy without caches, written to `dist-subpath/` and `dist-subpath-again/`.
 * The sub-path tests serve the first; the determinism test compares the two.
 * Skipped when the sources have not changed since the last time.
 */
export default async function setup(): Promise<void> {
	const stamp = join(projectRoot, 'dist-reports', 'subpath-builds.fingerprint');
	const fingerprint = sourceFingerprint();
	if (
		subpathDirs.every((dir) => existsSync(join(dir, 'index.html'))) &&
		existsSync(stamp) &&
		readFileSync(stamp, 'utf8') === fingerprint
	)
		return;
	const started = performance.now();
	const results = await Promise.all(
		subpathDirs.map(async (target) => {
			const copy = copyProject();
			try {
				const result = await astroBuild(copy, { BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE });
				if (result.code !== 0) throw new Error(`The sub-path build failed:\n${result.output}`);
				rmSync(target, { recursive: true, force: true });
				renameSync(join(copy, 'dist'), target);
			} finally {
				removeCopy(copy);
			}
		}),
	);
	mkdirSync(join(projectRoot, 'dist-reports'), { recursive: true });
	writeFileSync(stamp, fingerprint);
	console.info(
		`sub-path builds: ${results.length} clean builds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
}

/** A hash of the names, sizes and dates of everything a build reads. */
function sourceFingerprint(): string {
	const hash = createHash('sha256');
	hash.update(`${SUBPATH_BASE}\0${SUBPATH_SITE}\n`);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']) {
		const full = join(projectRoot, entry);
		if (!existsSync(full)) continue;
		const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => join(full, file)) : [full];
		for (const file of files) {
			const { size, mtimeMs } = statSync(file);
			hash.update(`${file}\0${size}\0${mtimeMs}\n`);
		}
	}
	return hash.digest('hex');
}
