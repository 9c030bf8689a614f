import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, copyProject, projectRoot, removeCopy } from './project-copy';

/** The page the rebuild changes, and the sentence it adds (so a test can see which build it reads). */
export const REBUILT_PAGE = { source: 'src/content/pages/id/agreement.md', path: 'kesepakatan/' } as const;
export const REBUILT_SENTENCE = 'Kalimat ini menandai versi situs yang dibangun ulang untuk uji salinan offline.';

/** The build id a build folder's offline manifest records. */
export function buildIdOf(dir: string): string {
	return (JSON.parse(readFileSync(join(dir, 'offline', 'id.json'), 'utf8')) as { build: string }).build;
}

/**
 * A second build of the project as a new deployment would bring it: the same
 * sources with one sentence added to one page, built in a fresh copy with the
 * same base path, into `dist-offline-rebuilt<suffix>/`. Made again only when
 * the build it follows has changed.
 */
export async function rebuiltSite(after: string, base: string, suffix: string): Promise<string> {
	const target = join(projectRoot, `dist-offline-rebuilt${suffix}`);
	const stamp = join(projectRoot, 'dist-reports', `offline-rebuilt${suffix}.from`);
	const from = buildIdOf(after);
	if (existsSync(join(target, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === from)
		return target;
	const copy = copyProject();
	try {
		appendFileSync(join(copy, REBUILT_PAGE.source), `\n${REBUILT_SENTENCE}\n`);
		const result = await astroBuild(copy, base === '/' ? {} : { BASE_PATH: base });
		if (result.code !== 0) throw new Error(`The rebuild failed:\n${result.output}`);
		rmSync(target, { recursive: true, force: true });
		renameSync(join(copy, 'dist'), target);
	} finally {
		removeCopy(copy);
	}
	mkdirSync(join(projectRoot, 'dist-reports'), { recursive: true });
	writeFileSync(stamp, from);
	return target;
}
