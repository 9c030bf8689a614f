import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under';
import { assertBuilt, distDir, listPages, loadPage } from '../helpers/dist';
import { checkShareImages } from '../helpers/share-images';

assertBuilt();

/** Each share image stays small for a preview fetched over a phone's connection. */
const MAX_IMAGE_BYTES = 48 * 1024;
const images = checkShareImages(distDir, '/');

describe('share images (Open Graph)', () => {
	it('every page announces a 1200×630 PNG that is in the build, with its size, type, alt and card', () => {
		expect(images.length).toBe(listPages().length);
		const lines = images.flatMap(({ page, problems }) => problems.map((problem) => `${page}: ${problem}`));
		expect(lines, lines.join('\n')).toEqual([]);
	});

	it('every page has an image of its own', () => {
		const files = images.map(({ file }) => file);
		expect(new Set(files).size).toBe(files.length);
	});

	it('a fact-check names the claim and the finding in its alt text, as its key-facts table gives them', () => {
		const factChecks = images.filter(({ page }) => loadPage(page)('table.key-facts q').length > 0);
		expect(factChecks.length).toBeGreaterThan(0);
		for (const { page } of factChecks) {
			const $ = loadPage(page);
			const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
			const claim = $('table.key-facts q').first().text();
			// The key figure's cell: "text (date; publisher)", "text (publisher)" when the figure has no date, or the
			// plain "no figure yet".
			const cell = $('table.key-facts tr').last().find('td');
			const date = cell.find('time').text();
			const finding = cell.find('a').length
				? cell
						.contents()
						.first()
						.text()
						.replace(/\s*\($/, '')
				: cell.text();
			expect(alt, page).toContain(`“${claim}”`);
			expect(alt, page).toContain(date ? `${finding} (${date})` : finding);
		}
	});

	it(`keeps each image within ${MAX_IMAGE_BYTES / 1024} KB, and no image is left without a page`, () => {
		const built = filesUnder(join(distDir, 'og'), '.png').map((file) => `og/${file}`);
		expect(built.sort()).toEqual(images.map(({ file }) => file).sort());
		const sizes = built.map((file) => ({ file, bytes: statSync(join(distDir, file)).size }));
		const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
		const largest = [...sizes].sort((a, b) => b.bytes - a.bytes)[0];
		console.log(
			`${sizes.length} share images, ${(total / 1024).toFixed(0)} KB in all, largest ${largest?.file} ${((largest?.bytes ?? 0) / 1024).toFixed(1)} KB`,
		);
		expect(sizes.filter(({ bytes }) => bytes > MAX_IMAGE_BYTES)).toEqual([]);
	});
});
