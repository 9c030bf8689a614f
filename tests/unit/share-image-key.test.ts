import { describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/lib/share/share-cards';
import { drawingVersions } from '../../src/lib/share/share-image-draw';
import { shareImageKey, type ShareDrawingVersions } from '../../src/lib/share/share-image-key';

const versions: ShareDrawingVersions = {
	template: 2,
	font: '@fontsource/inter@5.3.0 latin 400,700',
	encoding: 'palette 24',
	satori: '0.63.2',
	resvg: '2.6.2',
	sharp: '0.35.5',
};

const page: ShareCard = {
	pagePath: '/kesepakatan/',
	locale: 'id',
	siteName: 'Sinergi Kalimantan',
	tagline: 'Menjelaskan kesepakatan Kaltim–Kaltara 7 Agustus 2025',
	title: 'Kesepakatan',
	description: 'Apa yang disepakati dan apa yang belum.',
	alt: 'Kesepakatan — Sinergi Kalimantan',
};

const factCheck: ShareCard = {
	...page,
	pagePath: '/komoditas/kratom/',
	title: 'Kratom',
	factCheck: {
		claimLabel: 'Diklaim saat penandatanganan',
		claim: 'Rp98 juta per kilogram',
		speaker: 'Gubernur',
		findingLabel: 'Angka kunci',
		finding: 'Rp12.000–13.000 per kilogram (13 Januari 2026)',
	},
};

const key = (card: ShareCard, changed: Partial<ShareDrawingVersions> = {}): string =>
	shareImageKey(card, { ...versions, ...changed });

describe('share image cache key', () => {
	it('is the same for an unchanged page, so its image is reused', () => {
		expect(key({ ...page })).toBe(key(page));
		expect(key(page)).toMatch(/^[0-9a-f]{64}$/);
	});

	it('ignores what is not drawn: the page path and the alt text', () => {
		expect(key({ ...page, pagePath: '/en/agreement/', alt: 'Other' })).toBe(key(page));
	});

	it('changes with the title, the summary and the language', () => {
		const base = key(page);
		expect(key({ ...page, title: 'Kesepakatan Bersama' })).not.toBe(base);
		expect(key({ ...page, description: 'Ringkasan baru.' })).not.toBe(base);
		expect(key({ ...page, locale: 'en' })).not.toBe(base);
		expect(key({ ...page, siteName: 'Sinergi' })).not.toBe(base);
		expect(key({ ...page, tagline: 'Lain' })).not.toBe(base);
	});

	it("changes with a fact-check's claim, speaker and finding", () => {
		const base = key(factCheck);
		const fact = factCheck.factCheck as NonNullable<ShareCard['factCheck']>;
		expect(key({ ...factCheck, factCheck: { ...fact, claim: 'Rp90 juta' } })).not.toBe(base);
		expect(key({ ...factCheck, factCheck: { ...fact, speaker: 'Wakil gubernur' } })).not.toBe(base);
		expect(key({ ...factCheck, factCheck: { ...fact, finding: 'Belum ada angka' } })).not.toBe(base);
		expect(key(page)).not.toBe(base);
	});

	it('changes with the template, font, encoding and renderer versions', () => {
		const base = key(page);
		expect(key(page, { template: 3 })).not.toBe(base);
		expect(key(page, { font: '@fontsource/inter@5.4.0 latin 400,700' })).not.toBe(base);
		expect(key(page, { encoding: 'palette 16' })).not.toBe(base);
		expect(key(page, { satori: '0.64.0' })).not.toBe(base);
		expect(key(page, { resvg: '2.7.0' })).not.toBe(base);
		expect(key(page, { sharp: '0.36.0' })).not.toBe(base);
	});

	it("reads the installed renderers' versions", () => {
		const installed = drawingVersions();
		for (const name of ['satori', 'resvg', 'sharp'] as const) expect(installed[name]).toMatch(/^\d+\.\d+\.\d+/);
		expect(installed.font).toMatch(/^@fontsource\/inter@\d/);
	});
});
