import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARE_IMAGE_REPORT } from '../../src/integrations/share-images';
import { filesUnder } from '../../src/lib/files/files-under';
import { assertBuilt, distDir } from '../helpers/dist';
import { astroBuild, copyProject, projectRoot, removeCopy } from '../helpers/project-copy';

assertBuilt();

/** The cache a build of this project left (Astro's default cacheDir), and its report. */
const cache = join(projectRoot, 'node_modules/.astro/share-images');

interface Report {
	drawn: number;
	reused: number;
	images: number;
}

/** The page whose title the rebuild changes, and its image. */
const CHANGED = { file: 'src/content/pages/id/about.md', image: 'og/tentang.png' };

/**
 * A rebuild with the cache of the last build: a copy of the project, given
 * that cache and one page's title changed, is built again. It must draw that
 * one image and take every other from the cache, byte for byte.
 */
describe('a rebuild with the share image cache', () => {
	if (!existsSync(join(cache, SHARE_IMAGE_REPORT)))
		throw new Error(`${cache} has no ${SHARE_IMAGE_REPORT}: run "npm run build" before the build tests.`);
	const copy = copyProject();
	afterAll(() => removeCopy(copy));

	const built = (async () => {
		cpSync(cache, join(copy, 'node_modules/.astro/share-images'), { recursive: true });
		const page = join(copy, CHANGED.file);
		const text = readFileSync(page, 'utf8');
		writeFileSync(page, text.replace(/^title: (.*)$/m, 'title: $1 (diubah)'));
		const result = await astroBuild(copy);
		if (result.code !== 0) throw new Error(`The rebuild failed:\n${result.output}`);
		return {
			output: result.output,
			report: JSON.parse(
				readFileSync(join(copy, 'node_modules/.astro/share-images', SHARE_IMAGE_REPORT), 'utf8'),
			) as Report,
		};
	})();

	const images = filesUnder(join(distDir, 'og'), '.png');

	it("draws only the changed page's image and reuses all the others", async () => {
		const { report, output } = await built;
		expect(report.images).toBe(images.length);
		expect({ drawn: report.drawn, reused: report.reused }).toEqual({ drawn: 1, reused: images.length - 1 });
		expect(output).toContain(`share images: 1 drawn`);
		expect(output).toContain(`${images.length - 1} reused from the cache`);
	}, 300_000);

	it('writes the reused images byte for byte as the first build drew them, and a new one for the changed page', async () => {
		await built;
		const changed = `og/${CHANGED.image.slice('og/'.length)}`;
		const differ = images
			.map((file) => `og/${file}`)
			.filter((file) => !readFileSync(join(copy, 'dist', file)).equals(readFileSync(join(distDir, file))));
		expect(differ).toEqual([changed]);
	}, 300_000);
});
