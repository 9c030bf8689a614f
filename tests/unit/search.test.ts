import { describe, expect, it } from 'vitest';
import { excerptSegments, fillTemplate } from '../../src/lib/search-excerpt';
import { glossaryKeywords, glossaryNames, mentions } from '../../src/lib/search-keywords';

const umkm = { term: { id: 'UMKM', en: 'MSME (UMKM)' }, aliases: { id: ['usaha kecil'], en: ['MSME', 'MSMEs', 'small business'] } };
const crab = { term: { id: 'Kepiting bakau', en: 'Mud crab (kepiting bakau)' }, aliases: { id: ['kepiting'], en: ['mangrove crab'] } };

describe('glossary keywords', () => {
	it('lists every name of a term in both languages once, splitting bracketed parts', () => {
		expect(glossaryNames(umkm)).toEqual(['UMKM', 'usaha kecil', 'MSME', 'MSMEs', 'small business']);
		expect(glossaryNames(umkm, ['en'])).toEqual(['MSME', 'UMKM', 'MSMEs', 'small business']);
	});

	it('matches whole words only, ignoring case', () => {
		expect(mentions('Export help for msmes in the border areas', 'MSMEs')).toBe(true);
		expect(mentions('The UMKMs', 'UMKM')).toBe(false);
		expect(mentions('usaha\nkecil', 'usaha kecil')).toBe(true);
	});

	it('adds the other language’s names of the terms a page mentions, and nothing else', () => {
		const keywords = glossaryKeywords('The mud crab is caught in mangroves.', [umkm, crab], 'en');
		expect(keywords).toContain('Kepiting bakau');
		expect(keywords).toContain('kepiting');
		expect(keywords).not.toContain('UMKM');
		expect(keywords).not.toContain('Mud crab');
		expect(keywords).not.toContain('mangrove crab');
	});

	it('leaves out names the text already has', () => {
		expect(glossaryKeywords('UMKM dan MSME di perbatasan.', [umkm], 'id')).toEqual(['MSMEs', 'small business']);
	});
});

describe('search excerpts', () => {
	it('splits highlighted words from plain text and decodes entities', () => {
		expect(excerptSegments('Kaltim &amp; <mark>Kaltara</mark> &lt;b&gt;')).toEqual([
			{ text: 'Kaltim & ', marked: false },
			{ text: 'Kaltara', marked: true },
			{ text: ' <b>', marked: false },
		]);
	});

	it('never lets markup through as markup', () => {
		const text = excerptSegments('<img src=x onerror=alert(1)><mark>a</mark>').map((s) => s.text).join('');
		expect(text).toBe('a');
	});

	it('fills placeholders and keeps unknown ones', () => {
		expect(fillTemplate('{n} hasil untuk “{q}”', { n: 3, q: 'udang' })).toBe('3 hasil untuk “udang”');
		expect(fillTemplate('{x}', {})).toBe('{x}');
	});
});
