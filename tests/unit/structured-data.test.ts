import { describe, expect, it } from 'vitest';
import { faqFromMarkdown, plainText, serializeJsonLd } from '../../src/lib/site/structured-data';

describe('faqFromMarkdown', () => {
	it('turns ## headings into questions and the text below into answers, without citations', () => {
		const markdown =
			'Intro.\n\n## What was signed?\n\nA *joint* agreement.[^1] See [the page](/en/agreement/).\n\n## Where?\n\n- In Tarakan.\n\n[^1]: @diskominfo-kaltim-2025';
		expect(faqFromMarkdown(markdown)).toEqual([
			{ question: 'What was signed?', answer: 'A joint agreement. See the page.' },
			{ question: 'Where?', answer: 'In Tarakan.' },
		]);
	});

	it('finds nothing in a page without ## headings', () => {
		expect(faqFromMarkdown('Just text.')).toEqual([]);
	});
});

describe('plainText', () => {
	it('keeps link text and drops Markdown marks', () => {
		expect(plainText('**Bold** and [a link](/x/)[^2]')).toBe('Bold and a link');
	});
});

describe('serializeJsonLd', () => {
	it('escapes "<" so a value cannot end the script element', () => {
		expect(serializeJsonLd({ '@type': 'Thing', name: '</script><b>' })).not.toContain('<');
	});
});
