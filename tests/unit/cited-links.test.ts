import { describe, expect, it } from 'vitest';
import { markCitedLinks } from '../../src/lib/markdown/cited-links';

const notes = (href: string): string =>
	`<section data-footnotes="" class="footnotes"><ol><li><p><a href="${href}">Headline</a></p></li></ol></section>`;

describe('links whose address prints elsewhere', () => {
	it('marks a link to a source the footnotes list, and leaves the footnote alone', () => {
		const html = `<table class="key-facts"><td><a href="https://a.example/x">A</a></td></table>${notes('https://a.example/x')}`;
		expect(markCitedLinks(html)).toBe(
			`<table class="key-facts"><td><a data-cited href="https://a.example/x">A</a></td></table>${notes('https://a.example/x')}`,
		);
	});

	it('marks a link to a source the list of sources consulted gives, whatever the escaping of &', () => {
		const html =
			'<p><a class="place" href="https://b.example/?p=1&amp;q=2">B</a></p>' +
			'<section class="source-list" aria-labelledby="s"><ol><li><a href="https://b.example/?p=1&#x26;q=2">B</a></li></ol></section>';
		expect(markCitedLinks(html)).toContain('<a data-cited class="place" href="https://b.example/?p=1&amp;q=2">');
	});

	it('keeps the first of two links to a source no section lists, and marks the second', () => {
		const html = '<li><a href="https://c.example/">C</a></li><li><a href="https://c.example/">C again</a></li>';
		expect(markCitedLinks(html)).toBe(
			'<li><a href="https://c.example/">C</a></li><li><a data-cited href="https://c.example/">C again</a></li>',
		);
	});

	it('leaves internal links and links to other sources as they are', () => {
		const html = `<a href="/glosarium/#x">x</a> <a href="https://d.example/">D</a>${notes('https://e.example/')}`;
		expect(markCitedLinks(html)).toBe(html);
	});
});
