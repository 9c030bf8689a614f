import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/lib/share/share-cards';
import { renderShareImage } from '../../src/lib/share/share-image-draw';
import { shareImageParam, shareImagePath } from '../../src/lib/share/share-image-paths';
import { checkShareImages, pngSize } from '../helpers/share-images';

const SITE = 'https://example.org/';

/** A PNG header of the given size: signature and IHDR, enough for the check. */
function pngHeader(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(33);
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
	bytes.writeUInt32BE(13, 8);
	bytes.write('IHDR', 12, 'latin1');
	bytes.writeUInt32BE(width, 16);
	bytes.writeUInt32BE(height, 20);
	return bytes;
}

const head = (title: string, tags: string) =>
	`<!doctype html><html lang="en"><head><meta property="og:title" content="${title}">${tags}</head><body></body></html>`;
const fullTags = (image: string, alt: string) =>
	`<meta property="og:image" content="${image}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:image:alt" content="${alt}"><meta name="twitter:card" content="summary_large_image">`;

describe('share image paths', () => {
	it('names one PNG per page path', () => {
		expect(shareImagePath('/')).toBe('/og/index.png');
		expect(shareImagePath('/en/')).toBe('/og/en.png');
		expect(shareImagePath('/kesepakatan/')).toBe('/og/kesepakatan.png');
		expect(shareImagePath('/en/commodities/kratom/')).toBe('/og/en/commodities/kratom.png');
		expect(shareImageParam('/en/404.html')).toBe('en/404');
	});
});

describe('the share image check', () => {
	const dir = mkdtempSync(join(tmpdir(), 'share-images-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	mkdirSync(join(dir, 'og'));
	mkdirSync(join(dir, 'missing'));
	mkdirSync(join(dir, 'small'));
	mkdirSync(join(dir, 'alt'));
	writeFileSync(join(dir, 'og', 'index.png'), pngHeader(1200, 630));
	writeFileSync(join(dir, 'og', 'small.png'), pngHeader(600, 315));
	writeFileSync(join(dir, 'index.html'), head('Home', fullTags(`${SITE}og/index.png`, 'Preview: Home')));
	writeFileSync(join(dir, 'missing', 'index.html'), head('Missing', ''));
	writeFileSync(join(dir, 'small', 'index.html'), head('Small', fullTags(`${SITE}og/small.png`, 'Preview: Small')));
	writeFileSync(join(dir, 'alt', 'index.html'), head('Alt', fullTags(`${SITE}og/gone.png`, 'Preview')));
	const results = new Map(checkShareImages(dir, '/', SITE).map(({ page, problems }) => [page, problems.join('; ')]));

	it('reads a PNG header', () => {
		expect(pngSize(pngHeader(1200, 630))).toEqual({ width: 1200, height: 630 });
		expect(pngSize(Buffer.from('not a png at all, just text'))).toBeUndefined();
	});

	it('passes a page with a full set of tags and its image', () => {
		expect(results.get('index.html')).toBe('');
	});

	it('fails a page without og:image', () => {
		expect(results.get('missing/index.html')).toContain('has no og:image');
	});

	it('fails an image of the wrong size, a missing file and an alt without the title', () => {
		expect(results.get('small/index.html')).toContain('is 600×315, not 1200×630');
		expect(results.get('alt/index.html')).toContain('is not in the build');
		expect(results.get('alt/index.html')).toContain('does not name the title "Alt"');
	});
});

describe('drawing a share image', () => {
	const card: ShareCard = {
		pagePath: '/en/commodities/kratom/',
		locale: 'en',
		siteName: 'Sinergi Kalimantan',
		tagline: 'Explaining the Kaltim–Kaltara agreement of 7 August 2025',
		title: 'Kratom',
		description: 'A fact-check.',
		factCheck: {
			claimLabel: 'Claimed at the signing',
			claim: 'Rp98 million per kilogram',
			speaker: 'The governor',
			findingLabel: 'Confirmed key figure',
			finding: 'Rp12,000–13,000 per kilogram (13 January 2026)',
		},
		alt: 'Kratom — Sinergi Kalimantan',
	};

	it('gives a 1200×630 PNG of tens of KB, the same bytes every time', async () => {
		const [first, second] = await Promise.all([renderShareImage(card), renderShareImage(card)]);
		expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
		expect(first.length).toBeLessThan(48 * 1024);
		expect(first.equals(second)).toBe(true);
	});

	it('stops, naming the page, at a character the font lacks instead of drawing a blank', async () => {
		await expect(renderShareImage({ ...card, title: 'Kratom 中' })).rejects.toThrow(
			'/en/commodities/kratom/: "中" is not in the font',
		);
	});
});
