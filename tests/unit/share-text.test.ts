import { describe, expect, it } from 'vitest';
import { emailHref, firstSentence, retarget, whatsappHref, whatsappText } from '../../src/lib/site/share-text';
import { reportErrorHref, siteSettings } from '../../src/lib/site/site-settings';
import { splitFootnotes } from '../../src/lib/markdown/split-footnotes';
import { azIndex } from '../../src/lib/collections/glossary-index';
import { tableOfContents } from '../../src/lib/site/table-of-contents';

const summary =
	'Pada Kamis, 7 Agustus 2025, Gubernur Kalimantan Timur dan Gubernur Kalimantan Utara menandatangani Kesepakatan Bersama di Tarakan. Kedua provinsi sepakat bekerja sama.';

describe('the share text', () => {
	it('takes the summary up to its first full stop followed by a new sentence', () => {
		expect(firstSentence(summary)).toBe(
			'Pada Kamis, 7 Agustus 2025, Gubernur Kalimantan Timur dan Gubernur Kalimantan Utara menandatangani Kesepakatan Bersama di Tarakan.',
		);
		expect(firstSentence('Harga Rp1.500 per kg. Lalu naik.')).toBe('Harga Rp1.500 per kg.');
		expect(firstSentence('One sentence without a stop')).toBe('One sentence without a stop');
		expect(firstSentence('  Spaced\n  text.  ')).toBe('Spaced text.');
	});

	it('is the title, the first sentence and the link, in that order', () => {
		const text = whatsappText('Kesepakatan', summary, 'https://example.org/kesepakatan/');
		expect(text.split('\n\n')).toEqual(['Kesepakatan', firstSentence(summary), 'https://example.org/kesepakatan/']);
		expect(text).not.toContain('Kedua provinsi');
	});

	it('goes into the WhatsApp and e-mail links, encoded', () => {
		const wa = whatsappHref('A & B', 'One. Two.', 'https://example.org/a/');
		expect(wa.startsWith('https://wa.me/?text=')).toBe(true);
		expect(decodeURIComponent(wa.slice('https://wa.me/?text='.length))).toBe('A & B\n\nOne.\n\nhttps://example.org/a/');
		const mail = emailHref('A & B', 'https://example.org/a/');
		expect(mail).toBe('mailto:?subject=A%20%26%20B&body=https%3A%2F%2Fexample.org%2Fa%2F');
	});

	it('moves every link to the address the reader is on', () => {
		const from = 'https://sinergi-kalimantan.example/kesepakatan/';
		const to = 'https://host.test/sub/kesepakatan/';
		const built = whatsappHref('T', 'S.', from);
		expect(retarget(built, from, to)).toBe(whatsappHref('T', 'S.', to));
		const report = reportErrorHref({
			repoUrl: 'https://git.test/o/r',
			fallbackHref: '/x/',
			title: 'T',
			body: `at ${from}`,
		});
		expect(decodeURIComponent(retarget(report, from, to))).toContain(`at ${to}`);
		expect(retarget(built, from, from)).toBe(built);
	});
});

describe('the report-an-error address', () => {
	it('opens the repository’s new-issue form with the title and the body filled in', () => {
		const href = reportErrorHref({
			repoUrl: 'https://github.com/owner/name',
			fallbackHref: '/sumber-metode/#lapor',
			title: 'Kesalahan di halaman "Ekspor"',
			body: 'Alamat: https://example.org/ekspor/',
		});
		const parsed = new URL(href);
		expect(parsed.origin + parsed.pathname).toBe('https://github.com/owner/name/issues/new');
		expect(parsed.searchParams.get('title')).toBe('Kesalahan di halaman "Ekspor"');
		expect(parsed.searchParams.get('body')).toBe('Alamat: https://example.org/ekspor/');
	});

	it('falls back to the page that says how to report, never a placeholder', () => {
		expect(reportErrorHref({ repoUrl: undefined, fallbackHref: '/sumber-metode/#lapor', title: 't', body: 'b' })).toBe(
			'/sumber-metode/#lapor',
		);
	});

	it('reads REPO_URL, else the GitHub Actions repository, else nothing', () => {
		expect(siteSettings({ REPO_URL: 'https://github.com/o/r/' }).repoUrl).toBe('https://github.com/o/r');
		expect(siteSettings({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r' }).repoUrl).toBe(
			'https://github.com/o/r',
		);
		expect(siteSettings({}).repoUrl).toBeUndefined();
		expect(() => siteSettings({ REPO_URL: 'github.com/o/r' })).toThrow(/REPO_URL must be the repository's web address/);
	});
});

describe('cutting the body before its footnotes', () => {
	it('splits at the footnote section', () => {
		const html =
			'<p>Teks<sup><a data-footnote-ref href="#fn-1">1</a></sup></p><section data-footnotes class="footnotes"><ol></ol></section>';
		expect(splitFootnotes(html)).toEqual({
			prose: '<p>Teks<sup><a data-footnote-ref href="#fn-1">1</a></sup></p>',
			footnotes: '<section data-footnotes class="footnotes"><ol></ol></section>',
		});
	});
	it('leaves a body without notes whole', () => {
		expect(splitFootnotes('<p>a</p>')).toEqual({ prose: '<p>a</p>', footnotes: '' });
	});
});

describe('the glossary’s A–Z index', () => {
	it('links each first letter, accents folded, to its first term', () => {
		const items = [
			{ id: 'a1', term: 'advertorial' },
			{ id: 'a2', term: 'APBN' },
			{ id: 'e1', term: 'Éxport' },
			{ id: 'e2', term: 'ekonomi' },
			{ id: 'n', term: '3T' },
		];
		expect(azIndex(items, 'id')).toEqual([
			{ letter: 'A', firstId: 'a1' },
			{ letter: 'E', firstId: 'e1' },
			{ letter: '#', firstId: 'n' },
		]);
	});
});

describe('"On this page"', () => {
	const headings = [
		{ depth: 2, slug: 'a', text: 'A' },
		{ depth: 3, slug: 'a1', text: 'A1' },
		{ depth: 2, slug: 'b', text: 'B' },
		{ depth: 2, slug: 'c', text: 'C' },
		{ depth: 2, slug: 'footnote-label', text: 'Sumber dan catatan' },
	];
	it('lists the sections of a long page, not its notes', () => {
		expect(tableOfContents({ headings, bodyChars: 9000, template: 'article' }).map((entry) => entry.slug)).toEqual([
			'a',
			'b',
			'c',
		]);
	});
	it('leaves short pages without one', () => {
		expect(tableOfContents({ headings, bodyChars: 1200, template: 'article' })).toEqual([]);
	});
	it('adds a long template’s own section', () => {
		const entries = tableOfContents({
			headings: headings.slice(0, 3),
			bodyChars: 1000,
			template: 'glossary',
			templateHeading: { depth: 2, slug: 'glossary-heading', text: 'Daftar istilah' },
		});
		expect(entries.map((entry) => entry.slug)).toEqual(['a', 'a1', 'b', 'glossary-heading']);
	});
});
