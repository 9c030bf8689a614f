import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesUnder } from '../../src/lib/files/files-under';
import { astroBuild, copyProject, projectRoot, removeCopy } from '../helpers/project-copy';
import { SUBPATH_BASE, SUBPATH_SITE, subpathDirs } from '../helpers/subpath';

/**
 * Vitest global setup of the build project: two clean builds of the project as it would be hosted
 * under a sub-path (`BASE_PATH=/sinergi-kalimantan/`) at its own origin (`SITE_URL`), each in its own fresh
 * copy without caches, written to `dist-subpath/` and `dist-subpath-again/`, side by side (one per core).
 * The sub-path tests serve the first; the determinism test compares the two.
 * A build is skipped when the sources have not changed since it was made.
 */
export default function setup(): Promise<void> {
	return subpathBuilds(subpathDirs);
}

/**
 * Makes the clean sub-path builds `targets` that are missing or older than the sources. The browser
 * tests need only the first (`tests/setup/subpath-build.ts`): run alone, they skip the second build.
 */
export async function subpathBuilds(targets: readonly string[]): Promise<void> {
	const fingerprint = sourceFingerprint();
	const stampOf = (target: string) => join(projectRoot, 'dist-reports', `${basename(target)}.fingerprint`);
	const stale = targets.filter(
		(target) =>
			!existsSync(join(target, 'index.html')) ||
			!existsSync(stampOf(target)) ||
			readFileSync(stampOf(target), 'utf8') !== fingerprint,
	);
	if (stale.length === 0) return;
	const started = performance.now();
	mkdirSync(join(projectRoot, 'dist-reports'), { recursive: true });
	await Promise.all(
		stale.map(async (target) => {
			const copy = copyProject();
			try {
				const result = await astroBuild(copy, { BASE_PATH: SUBPATH_BASE, SITE_URL: SUBPATH_SITE });
				if (result.code !== 0) throw new Error(`The sub-path build failed:\n${result.output}`);
				rmSync(target, { recursive: true, force: true });
				renameSync(join(copy, 'dist'), target);
				writeFileSync(stampOf(target), fingerprint);
			} finally {
				removeCopy(copy);
			}
		}),
	);
	console.info(
		`sub-path builds: ${stale.length} clean builds in ${((performance.now() - started) / 1000).toFixed(1)} s`,
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
