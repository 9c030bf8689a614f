import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/ui/en';
import { id } from '../../src/i18n/ui/id';
import { OFFLINE_BUDGET_BYTES } from '../../src/integrations/offline';
import { VISITED_LIMITS, type OfflineManifest } from '../../src/offline/shared';
import { filesUnder } from '../../src/lib/files/files-under';
import { isRedirectFile, PAGE_REDIRECTS, redirectFileOf } from '../../src/lib/build-checks/page-redirects';
import { assertBuilt, distDir, isNotFoundPage, listPages, loadPage } from '../helpers/dist';

assertBuilt();

const files = filesUnder(distDir);
const read = (file: string): Buffer => readFileSync(join(distDir, file));
const manifests = {
	id: JSON.parse(read('offline/id.json').toString()) as OfflineManifest,
	en: JSON.parse(read('offline/en.json').toString()) as OfflineManifest,
};
const build = manifests.id.build;
const worker = read('sw.js').toString();

/** A manifest URL (with the root base of `dist/`) as a build-relative file. */
const fileOf = (url: string): string => {
	const path = url.split('?')[0]?.replace(/^\//, '') ?? '';
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

describe.each(['id', 'en'] as const)('the %s offline copy', (locale) => {
	const manifest = manifests[locale];
	const listed = manifest.files.map((file) => fileOf(file.url));
	const ownPages = listPages().filter((file) => !isNotFoundPage(file) && file.startsWith('en/') === (locale === 'en'));

	it('is made by this build', () => {
		expect(manifest.build).toBe(build);
		expect(manifest.locale).toBe(locale);
	});

	it("lists every page of its language, with its heading, and none of the other's", () => {
		expect(manifest.pages.map((page) => fileOf(page.url)).sort()).toEqual([...ownPages].sort());
		for (const page of manifest.pages)
			expect(page.title, page.url).toBe(loadPage(fileOf(page.url))('h1').first().text().replace(/\s+/g, ' ').trim());
		expect(listed.filter((file) => file.endsWith('.html') && !isRedirectFile(file)).sort()).toEqual(
			[...ownPages].sort(),
		);
	});

	it('stores the redirect pages left at old addresses of its language, so old links work offline', () => {
		const own = PAGE_REDIRECTS.filter((redirect) => redirect.locale === locale).map(redirectFileOf);
		for (const file of own) expect(listed).toContain(file);
	});

	it("holds the site's styles and scripts, the icon, the open data, the search dialog's text and its language's search index", () => {
		const wanted = files.filter(
			(file) =>
				file.startsWith('_astro/') ||
				file.startsWith('data/') ||
				file === 'favicon.svg' ||
				file === `search-dialog/${locale}.json` ||
				[
					'pagefind/pagefind.js',
					'pagefind/pagefind-worker.js',
					'pagefind/pagefind-entry.json',
					`pagefind/wasm.${locale}.pagefind`,
				].includes(file) ||
				new RegExp(
					`^pagefind/(pagefind\\.${locale}_\\w+\\.pf_meta|(index|fragment|filter)/${locale}_\\w+\\.pf_\\w+)$`,
				).test(file),
		);
		expect(listed.filter((file) => !file.endsWith('.html')).sort()).toEqual(wanted.sort());
	});

	it('answers Pagefind at the URL it asks for, tagged with the build id', () => {
		expect(manifest.files.map((file) => file.url)).toContain(`/pagefind/pagefind-entry.json?ts=${build}`);
	});

	it('gives each file its content hash (none for fingerprinted names) and its gzip size, sorted by URL', () => {
		for (const [index, file] of manifest.files.entries()) {
			const content = read(listed[index] as string);
			expect(file.revision, file.url).toBe(
				file.url.startsWith('/_astro/') ? null : createHash('md5').update(content).digest('hex'),
			);
			expect(file.size, file.url).toBe(gzipSync(content).length);
		}
		expect(manifest.files.map((file) => file.url)).toEqual(manifest.files.map((file) => file.url).sort());
		expect(manifest.bytes).toBe(manifest.files.reduce((sum, file) => sum + file.size, 0));
	});

	it(`fits in ${OFFLINE_BUDGET_BYTES / 1024 / 1024} MB on the device`, () => {
		const stored = listed.reduce((sum, file) => sum + read(file).length, 0);
		console.log(
			`${locale}: ${manifest.files.length} files, ${(manifest.bytes / 1024 / 1024).toFixed(2)} MB to download, ${(stored / 1024 / 1024).toFixed(2)} MB stored`,
		);
		expect(manifest.stored).toBe(stored);
		expect(stored).toBeLessThanOrEqual(OFFLINE_BUDGET_BYTES);
	});
});

describe('the service worker', () => {
	const precache = JSON.parse(/\[\{"revision".*?\}\]/.exec(worker)?.[0] ?? '[]') as {
		url: string;
		revision: string | null;
	}[];

	it('is one file at the base path, carrying the build id', () => {
		expect(worker).toContain(build);
		expect(worker).not.toMatch(/\bimportScripts\(/);
	});

	it('installs only the not-found pages, which serve as offline pages, and what they load', () => {
		const urls = precache.map((entry) => entry.url);
		expect(urls).toContain('/404.html');
		expect(urls).toContain('/en/404.html');
		for (const url of urls)
			expect(url, url).toMatch(/^\/(404\.html|en\/404\.html|favicon\.svg|_astro\/[\w.-]+\.(js|css))$/);
		for (const entry of precache)
			if (!entry.url.startsWith('/_astro/'))
				expect(entry.revision).toBe(
					createHash('md5')
						.update(read(entry.url.slice(1)))
						.digest('hex'),
				);
	});

	it('is not loaded by any page (the page registers it after load)', () => {
		for (const file of listPages()) expect(loadPage(file)('script[src$="sw.js"]'), file).toHaveLength(0);
	});

	it('shares its build id with the search, which passes it to Pagefind as metaCacheTag', () => {
		const search = files.filter((file) => /^_astro\/search-ui-[\w-]+\.js$/.test(file));
		expect(search).toHaveLength(1);
		expect(read(search[0] as string).toString()).toMatch(new RegExp(`metaCacheTag:\`?"?${build}`));
	});
});

describe('the save control', () => {
	// The home pages offer it in their own section instead of the footer: one button per page (#21).
	it.each(listPages())('%s has it once, as one button with the label of its language', (file) => {
		const $ = loadPage(file);
		const label = $('html').attr('lang') === 'en' ? en['offline.save'] : id['offline.save'];
		const home = file === 'index.html' || file === 'en/index.html';
		const button = $(
			`${home ? '.offline-home' : 'footer'} offline-copy.offline-copy > button[type="button"][data-offline-save]`,
		);
		expect(button).toHaveLength(1);
		expect($('offline-copy.offline-copy > button[data-offline-save]')).toHaveLength(1);
		expect(button.text()).toBe(label);
	});
});

describe('the web app manifests', () => {
	const pngSize = (file: string): [number, number] => {
		const png = read(file);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		return [png.readUInt32BE(16), png.readUInt32BE(20)];
	};

	it.each([
		{ locale: 'id', file: 'manifest.webmanifest', home: '/' },
		{ locale: 'en', file: 'en/manifest.webmanifest', home: '/en/' },
	])('$file opens the $locale home page, with icons that exist at the sizes they claim', ({ locale, file, home }) => {
		const manifest = JSON.parse(read(file).toString()) as {
			id: string;
			start_url: string;
			scope: string;
			lang: string;
			name: string;
			short_name: string;
			icons: { src: string; sizes: string; purpose: string }[];
		};
		expect(manifest).toMatchObject({ id: home, start_url: home, scope: '/', lang: locale, display: 'standalone' });
		expect(manifest.name).toBe('Sinergi Kalimantan');
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable',
		]);
		for (const icon of manifest.icons) expect(pngSize(icon.src.slice(1)).join('x')).toBe(icon.sizes);
	});

	it('has an icon for iOS at the root', () => {
		expect(pngSize('apple-touch-icon.png')).toEqual([180, 180]);
	});

	it.each(listPages())('%s links the manifest of its language', (file) => {
		const $ = loadPage(file);
		expect($('link[rel="manifest"]').attr('href')).toBe(
			$('html').attr('lang') === 'en' ? '/en/manifest.webmanifest' : '/manifest.webmanifest',
		);
	});
});

describe('what is kept without saving', () => {
	it('stays within 2 MB at the most: the largest pages and fingerprinted files the cap allows, and what the worker installs', () => {
		const sizes = (list: string[]): number[] => list.map((file) => read(file).length).sort((a, b) => b - a);
		const pages = sizes(listPages())
			.slice(0, VISITED_LIMITS.pages)
			.reduce((sum, size) => sum + size, 0);
		// Fingerprinted files of several builds may pile up until the cap: count the cap times the largest.
		const filesKept = VISITED_LIMITS.files * (sizes(files.filter((file) => file.startsWith('_astro/')))[0] ?? 0);
		const precache = JSON.parse(/\[\{"revision".*?\}\]/.exec(worker)?.[0] ?? '[]') as { url: string }[];
		const installed = precache.reduce((sum, entry) => sum + read(entry.url.slice(1)).length, 0);
		const total = pages + filesKept + installed;
		console.log(
			`kept without saving, at most: ${(pages / 1024 / 1024).toFixed(2)} MB of pages, ${(filesKept / 1024 / 1024).toFixed(2)} MB of files, ${(installed / 1024).toFixed(0)} KB installed: ${(total / 1024 / 1024).toFixed(2)} MB`,
		);
		expect(total).toBeLessThanOrEqual(2 * 1024 * 1024);
	});
});
