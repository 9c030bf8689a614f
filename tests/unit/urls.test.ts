import { describe, expect, it } from 'vitest';
import { basePath, homePath, joinBase, localeOfPath, localePath } from '../../src/i18n/urls';

describe('basePath', () => {
	it('writes a base path with both slashes, however it was given', () => {
		for (const base of ['sub', '/sub', 'sub/', '/sub/', '//sub//']) expect(basePath(base), base).toBe('/sub/');
		expect(basePath('/a/b')).toBe('/a/b/');
	});

	it('keeps the root as one slash', () => {
		for (const base of ['', '/', '//']) expect(basePath(base), JSON.stringify(base)).toBe('/');
	});
});

describe('joinBase', () => {
	it('adds a trailing slash to page paths at the root', () => {
		expect(joinBase('/', '/kesepakatan')).toBe('/kesepakatan/');
		expect(joinBase('/', '/')).toBe('/');
	});

	it('puts every path under a sub-path base', () => {
		expect(joinBase('/sinergi-kalimantan/', '/en/agreement/')).toBe('/sinergi-kalimantan/en/agreement/');
		expect(joinBase('/sinergi-kalimantan', '/')).toBe('/sinergi-kalimantan/');
		expect(joinBase('sub', 'en')).toBe('/sub/en/');
	});

	it('leaves file paths without a trailing slash', () => {
		expect(joinBase('/', '/sitemap.xml')).toBe('/sitemap.xml');
		expect(joinBase('/sub/', '/data/sources.json')).toBe('/sub/data/sources.json');
	});

	it('keeps query strings and fragments after the slash', () => {
		expect(joinBase('/', '/cari?q=kepiting')).toBe('/cari/?q=kepiting');
		expect(joinBase('/sub/', '/glosarium/#umkm')).toBe('/sub/glosarium/#umkm');
	});
});

describe('localePath', () => {
	it('puts Indonesian at the root and English under /en/', () => {
		expect(localePath('id', 'kesepakatan')).toBe('/kesepakatan/');
		expect(localePath('en', 'agreement')).toBe('/en/agreement/');
		expect(localePath('id', 'komoditas/beras-krayan')).toBe('/komoditas/beras-krayan/');
	});

	it('gives each language its home', () => {
		expect(homePath('id')).toBe('/');
		expect(homePath('en')).toBe('/en/');
		expect(localePath('en', '')).toBe('/en/');
	});
});

describe('localeOfPath', () => {
	it('reads the language from a page URL, at the root or under a sub-path', () => {
		expect(localeOfPath('/en/map/', '/')).toBe('en');
		expect(localeOfPath('/peta/', '/')).toBe('id');
		expect(localeOfPath('/', '/')).toBe('id');
		expect(localeOfPath('/sinergi-kalimantan/en/map/', '/sinergi-kalimantan/')).toBe('en');
		expect(localeOfPath('/sinergi-kalimantan/peta/', '/sinergi-kalimantan')).toBe('id');
		expect(localeOfPath('/english/', '/')).toBe('id');
		expect(localeOfPath('/entri/', '/')).toBe('id');
		expect(localeOfPath('/en/', '/')).toBe('en');
		expect(localeOfPath('/sinergi-kalimantan/', '/sinergi-kalimantan/')).toBe('id');
		expect(localeOfPath('/sinergi-kalimantan/en/economy/', '/sinergi-kalimantan/')).toBe('en');
	});
});
