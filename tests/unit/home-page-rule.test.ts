import { describe, expect, it } from 'vitest';
import { isSiteRoot, registryProblems } from '../../src/lib/sources/source-rules';

/** A registry entry that passes every rule but the one under test. */
const entry = (url: string): Record<string, unknown> => ({
	id: 'fixture-home-2025',
	title: 'Judul artikel',
	publisher: 'Pemprov',
	url,
	date: '2025-08-07',
	accessed: '2026-11-20',
	language: 'id',
	kind: 'news',
});

describe('the home-page rule of the source registry', () => {
	it.each([
		'https://kaltimprov.go.id/',
		'https://kaltimprov.go.id/index.php',
		'https://kaltimprov.go.id/index.html',
		'https://kaltaraprov.go.id/index.htm',
		'https://kaltaraprov.go.id/beranda',
		'https://kaltaraprov.go.id/beranda/',
		'https://setkab.go.id/home',
		'https://setkab.go.id/en/',
		'https://setkab.go.id/id',
		'https://setkab.go.id/en/home',
		'https://setkab.go.id/id/index.php',
		'https://setkab.go.id/en-us/',
		'https://setkab.go.id/index.php?lang=en',
	])('refuses %s', (url) => {
		expect(isSiteRoot(url)).toBe(true);
		expect(registryProblems([entry(url)]).join('\n')).toMatch(
			/fixture-home-2025[\s\S]*is a site's home page, not the article\. Link the article itself/,
		);
	});

	it.each([
		'https://setkab.go.id/en/remarks',
		'https://iknpos.id/?p=45232',
		'https://kaltimprov.go.id/index.php?option=com_content&view=article&id=123',
		'https://kaltimprov.go.id/index.php/berita/kerja-sama-kaltim-kaltara',
		'https://kaltaraprov.go.id/beranda/berita/kesepakatan-bersama',
		'https://example.org/homes-for-sale',
		'https://example.org/en/news/indexing-rice-prices',
	])('accepts the article %s', (url) => {
		expect(isSiteRoot(url)).toBe(false);
	});
});
