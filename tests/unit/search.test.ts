import { describe, expect, it } from 'vitest';
import { excerptSegments, fillTemplate } from '../../src/lib/search/search-excerpt';
import { glossaryKeywords, keywordMatchers } from '../../src/lib/search/search-keywords';

const umkm = {
	id: 'umkm',
	term: { id: 'UMKM', en: 'MSME (UMKM)' },
	definition: { id: 'Usaha mikro.', en: 'Micro business.' },
	aliases: { id: ['usaha kecil'], en: ['MSMEs', 'small business'] },
};
const crab = {
	id: 'kepiting-bakau',
	term: { id: 'Kepiting bakau', en: 'Mud crab (kepiting bakau)' },
	definition: { id: 'Kepiting.', en: 'A crab.' },
	aliases: { id: ['kepiting'], en: ['mangrove crab'] },
};
const matchers = keywordMatchers([umkm, crab]);

describe('glossary keywords', () => {
	it('adds the other language’s names of the terms a page mentions, and nothing else', () => {
		const keywords = glossaryKeywords('The mud crab is caught in mangroves.', matchers, 'en');
		expect(keywords).toEqual(['Kepiting bakau', 'kepiting']);
	});

	it('finds names as the glossary links do: whole words, any case, across line breaks, bracketed parts too', () => {
		expect(glossaryKeywords('Export help for msmes in the border areas', matchers, 'en')).toEqual([
			'UMKM',
			'usaha kecil',
		]);
		expect(glossaryKeywords('The UMKMs', matchers, 'en')).toEqual([]);
		expect(glossaryKeywords('Bantuan untuk usaha\nkecil.', matchers, 'id')).toEqual([
			'MSMEs',
			'small business',
			'MSME',
			'UMKM',
		]);
	});

	it('counts a mention in either language, and leaves out names the text already has', () => {
		expect(glossaryKeywords('UMKM dan MSME di perbatasan.', matchers, 'id')).toEqual(['MSMEs', 'small business']);
		// "kepiting" is inside the longer name the text uses: already there.
		expect(glossaryKeywords('The mud crab (kepiting bakau) lives here.', matchers, 'en')).toEqual([]);
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
		const text = excerptSegments('<img src=x onerror=alert(1)><mark>a</mark>')
			.map((s) => s.text)
			.join('');
		expect(text).toBe('a');
	});

	it('fills placeholders and keeps unknown ones', () => {
		expect(fillTemplate('{n} hasil untuk “{q}”', { n: 3, q: 'udang' })).toBe('3 hasil untuk “udang”');
		expect(fillTemplate('{x}', {})).toBe('{x}');
	});
});
