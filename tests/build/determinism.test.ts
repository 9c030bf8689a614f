import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRedirectFile } from '../../src/lib/build-checks/page-redirects';
import { filesUnder } from '../../src/lib/files/files-under';
import { assertBuilt } from '../helpers/dist';
import { subpathDirs } from '../helpers/subpath';

const [first, second] = subpathDirs;
assertBuilt(first);
assertBuilt(second);

describe('two clean builds of the same sources', () => {
	const files = filesUnder(first);

	it('write the same files', () => {
		expect(filesUnder(second)).toEqual(files);
	});

	it('write the share images (PNG), one per page', () => {
		const images = files.filter((file) => file.startsWith('og/') && file.endsWith('.png'));
		// A moved page's old address keeps a redirect page, which is not a page of the site and has no share image.
		const pages = files.filter(
			(file) => file.endsWith('.html') && !file.startsWith('pagefind/') && !isRedirectFile(file),
		);
		expect(images.length).toBe(pages.length);
	});

	it('write byte-identical files, share images included', () => {
		const different = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
		expect(different, `differ between ${first} and ${second}`).toEqual([]);
	});
});
