import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceBuildId } from '../../src/lib/offline/build-id';
import { offlineGlobs, offlineUrlOf } from '../../src/lib/offline/offline-files';
import { formatSavedDate, formatSize } from '../../src/offline/format';
import { asOfflinePage } from '../../src/offline/offline-page';
import {
	bytesToDownload,
	localeOfPath,
	parseSavedCacheName,
	savedCacheName,
	type OfflineManifest,
	type SavedMarker,
} from '../../src/offline/shared';

describe('formatSize', () => {
	it('writes MB with one decimal in the reader’s language, KB below 0.1 MB', () => {
		expect(formatSize(1.2 * 1024 * 1024, 'id')).toBe('1,2 MB');
		expect(formatSize(1.2 * 1024 * 1024, 'en')).toBe('1.2 MB');
		expect(formatSize(350 * 1024, 'id')).toBe('0,3 MB');
		expect(formatSize(50 * 1024, 'en')).toBe('50 KB');
		expect(formatSize(10, 'en')).toBe('1 KB');
	});
});

describe('formatSavedDate', () => {
	it('writes the day in the reader’s language', () => {
		expect(formatSavedDate('2026-12-03T12:00:00Z', 'id')).toBe('3 Desember 2026');
		expect(formatSavedDate('2026-12-03T12:00:00Z', 'en')).toBe('3 December 2026');
	});
});

describe('cache names', () => {
	it('name a saved copy by language and build, and read it back', () => {
		expect(savedCacheName('id', 'abc123')).toBe('sinergi-saved-id-abc123');
		expect(parseSavedCacheName('sinergi-saved-en-abc123')).toEqual({ locale: 'en', build: 'abc123' });
		expect(parseSavedCacheName('sinergi-visited-pages')).toBeUndefined();
		expect(parseSavedCacheName('workbox-precache-v2-http://x/')).toBeUndefined();
	});

	it('tell the language of a path below the base', () => {
		expect(localeOfPath('en/agreement/')).toBe('en');
		expect(localeOfPath('en')).toBe('en');
		expect(localeOfPath('kesepakatan/')).toBe('id');
		expect(localeOfPath('english/')).toBe('id');
	});
});

describe('bytesToDownload', () => {
	const manifest = (files: OfflineManifest['files']): OfflineManifest => ({
		build: 'b',
		locale: 'en',
		bytes: 0,
		stored: 0,
		pages: [],
		files,
	});
	it('leaves out files a finished copy already holds with the same revision', () => {
		const wanted = manifest([
			{ url: '/_astro/a.js', revision: null, size: 100 },
			{ url: '/data/x.json', revision: 'r1', size: 10 },
			{ url: '/en/', revision: 'r2', size: 1 },
		]);
		const held: SavedMarker = {
			...manifest([
				{ url: '/_astro/a.js', revision: null, size: 100 },
				{ url: '/data/x.json', revision: 'old', size: 10 },
			]),
			savedAt: '',
		};
		expect(bytesToDownload(wanted, [held])).toBe(11);
		expect(bytesToDownload(wanted, [])).toBe(111);
	});
});

describe('offline files', () => {
	it('serve pages at their folder, under the base, and tag Pagefind’s entry with the build id', () => {
		expect(offlineUrlOf('kesepakatan/index.html', '/sub/', 'b1')).toBe('/sub/kesepakatan/');
		expect(offlineUrlOf('index.html', '/', 'b1')).toBe('/');
		expect(offlineUrlOf('_astro/x.css', '/sub', 'b1')).toBe('/sub/_astro/x.css');
		expect(offlineUrlOf('pagefind/pagefind-entry.json', '/', 'b1')).toBe('/pagefind/pagefind-entry.json?ts=b1');
	});

	it('keep each language to its own pages and index', () => {
		expect(offlineGlobs('id').globIgnores).toEqual(['en/**', '404.html']);
		expect(offlineGlobs('en').globPatterns).toContain('en/**/*.html');
		expect(offlineGlobs('en').globPatterns).toContain('pagefind/fragment/en_*');
		expect(offlineGlobs('en').globPatterns.some((pattern) => pattern.includes('/id_'))).toBe(false);
	});
});

describe('sourceBuildId', () => {
	const project = (text: string): string => {
		const dir = mkdtempSync(join(tmpdir(), 'sinergi-id-'));
		mkdirSync(join(dir, 'src'));
		writeFileSync(join(dir, 'src', 'page.md'), text);
		writeFileSync(join(dir, 'package-lock.json'), '{}');
		return dir;
	};

	it('is the same for the same sources in any folder, and changes with a source or a setting', () => {
		const [a, b, c] = [project('one'), project('one'), project('two')];
		try {
			expect(sourceBuildId(a, ['/'])).toMatch(/^[0-9a-f]{10}$/);
			expect(sourceBuildId(a, ['/'])).toBe(sourceBuildId(b, ['/']));
			expect(sourceBuildId(a, ['/'])).not.toBe(sourceBuildId(c, ['/']));
			expect(sourceBuildId(a, ['/'])).not.toBe(sourceBuildId(a, ['/sub/']));
		} finally {
			for (const dir of [a, b, c]) rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('asOfflinePage', () => {
	it('marks the not-found page as the offline page and gives it the offline heading and title', () => {
		const html =
			'<!doctype html><html lang="id"><head><title>Halaman tidak ditemukan — Sinergi</title></head><body><h1 data-offline-title="Halaman ini belum tersimpan">Halaman tidak ditemukan</h1></body></html>';
		expect(asOfflinePage(html)).toBe(
			'<!doctype html><html data-offline lang="id"><head><title>Halaman ini belum tersimpan — Sinergi</title></head><body><h1>Halaman ini belum tersimpan</h1></body></html>',
		);
	});
});
