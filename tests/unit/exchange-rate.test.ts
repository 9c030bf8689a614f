import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	dollarEquivalent,
	formatDollars,
	JISDOR,
	rupiahOfFigure,
	type ExchangeRate,
} from '../../src/lib/markdown/exchange-rate';
import { RATE_FOOTNOTE, remarkRupiah } from '../../src/lib/markdown/remark-rupiah';
import { type Locale } from '../../src/i18n/locales';

const page = (locale: Locale) => `${process.cwd()}/src/content/pages/${locale}/economy.md`;

/**
 * Renders Markdown as the site's pipeline does up to the citations (remark-gfm,
 * then the rupiah plugin, then remark-rehype), returning the HTML and the
 * Markdown tree the plugin left.
 */
async function render(
	markdown: string,
	locale: Locale = 'id',
	rate?: ExchangeRate,
): Promise<{ html: string; tree: Root }> {
	let tree: Root = { type: 'root', children: [] };
	const keep = () => (node: Root) => {
		tree = structuredClone(node);
	};
	const processor = await createMarkdownProcessor({
		gfm: false,
		smartypants: false,
		syntaxHighlight: false,
		remarkPlugins: [remarkGfm, [remarkRupiah, rate ? { rate } : {}], keep],
	});
	const { code } = await processor.render(markdown, { fileURL: page(locale) as unknown as URL });
	return { html: code, tree };
}

const html = async (markdown: string, locale: Locale = 'id') => (await render(markdown, locale)).html;
const convert = async (markdown: string, locale: Locale = 'id', rate?: ExchangeRate) =>
	(await render(markdown, locale, rate)).tree;

// The Markdown processor logs a failed render before rethrowing it; the errors are what these tests check.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterAll(() => vi.restoreAllMocks());

describe('formatDollars', () => {
	it('uses the scale words of each language', () => {
		expect(formatDollars(51.2e9, 'id')).toBe('US$51,2 miliar');
		expect(formatDollars(51.2e9, 'en')).toBe('US$51.2 billion');
		expect(formatDollars(1.5e12, 'id')).toBe('US$1,5 triliun');
		expect(formatDollars(1.5e12, 'en')).toBe('US$1.5 trillion');
		expect(formatDollars(59.6e6, 'id')).toBe('US$59,6 juta');
		expect(formatDollars(59.6e6, 'en')).toBe('US$59.6 million');
	});

	it('rounds to three significant digits', () => {
		expect(formatDollars(51_198_187_514, 'en')).toBe('US$51.2 billion');
		expect(formatDollars(8_754_696_726, 'id')).toBe('US$8,75 miliar');
		expect(formatDollars(123_456_789, 'en')).toBe('US$123 million');
		expect(formatDollars(2e9, 'en')).toBe('US$2 billion');
	});

	it('chooses the scale after rounding, so 999.6 million is a billion', () => {
		expect(formatDollars(999_600_000, 'en')).toBe('US$1 billion');
		expect(formatDollars(999_600_000, 'id')).toBe('US$1 miliar');
		expect(formatDollars(999_960, 'en')).toBe('US$1 million');
	});

	it('writes amounts under a million in digits, grouped in each language', () => {
		expect(formatDollars(5_844.8, 'en')).toBe('US$5,840');
		expect(formatDollars(5_844.8, 'id')).toBe('US$5.840');
		expect(formatDollars(954.2, 'en')).toBe('US$954');
		expect(formatDollars(0.0596, 'id')).toBe('US$0,0596');
	});
});

describe('dollarEquivalent', () => {
	it('names the rate and its date in the page language', () => {
		expect(dollarEquivalent(1e12, 'id')).toBe('sekitar US$59,6 juta dengan kurs JISDOR 24 Desember 2025');
		expect(dollarEquivalent(1e12, 'en')).toBe('about US$59.6 million at the JISDOR rate of 24 December 2025');
	});

	it('converts at the one JISDOR rate', () => {
		expect(JISDOR).toEqual({ rupiahPerDollar: 16_767, date: '2025-12-24', source: 'jisdor-2025-12-24' });
		expect(dollarEquivalent(858.43e12, 'en')).toBe('about US$51.2 billion at the JISDOR rate of 24 December 2025');
		expect(dollarEquivalent(146.79e12, 'id')).toBe('sekitar US$8,75 miliar dengan kurs JISDOR 24 Desember 2025');
	});

	it('converts at another rate when given one, with that rate’s date', () => {
		const rate = { rupiahPerDollar: 16_283, date: '2025-08-21', source: 'x' };
		expect(dollarEquivalent(28e9, 'en', rate)).toBe('about US$1.72 million at the JISDOR rate of 21 August 2025');
	});

	it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as an amount', (amount) => {
		expect(() => dollarEquivalent(amount, 'id')).toThrow(
			/is not an amount in rupiah: write digits only, e\.g\. idr:28000000000/,
		);
	});
});

describe('rupiahOfFigure', () => {
	it.each([
		['Rp858,43 triliun', 'id', 858.43e12],
		['Rp858.43 trillion', 'en', 858.43e12],
		['Rp1 triliun', 'id', 1e12],
		['Rp28 billion', 'en', 28e9],
		['Rp 196,81 miliar', 'id', 196.81e9],
		['Rp98 juta', 'id', 98e6],
		['Rp11.000', 'id', 11_000],
		['Rp11,000', 'en', 11_000],
	] as const)('reads %s (%s) as %d', (text, locale, amount) => {
		expect(rupiahOfFigure(text, locale)).toBeCloseTo(amount, -1);
	});

	it('finds no figure in text without one', () => {
		expect(rupiahOfFigure('the value', 'en')).toBeUndefined();
	});
});

describe('remarkRupiah', () => {
	it('renders the figure as written, then the dollars with the rate and a footnote reference', async () => {
		const out = await html('Nilainya [Rp1 triliun](idr:1000000000000).\n');
		expect(out).toContain(
			'Nilainya Rp1 triliun (<span class="usd-equivalent" data-no-glossary="">sekitar US$59,6 juta dengan kurs JISDOR 24 Desember 2025<sup><a href="#user-content-fn-kurs-jisdor"',
		);
		expect(out).toMatch(/<\/sup><\/span>\)\.<\/p>/);
	});

	it('writes the English page in English', async () => {
		expect(await html('Worth [Rp858.43 trillion](idr:858430000000000).\n', 'en')).toContain(
			'Worth Rp858.43 trillion (<span class="usd-equivalent" data-no-glossary="">about US$51.2 billion at the JISDOR rate of 24 December 2025<sup>',
		);
	});

	it('gives a page with several conversions one rate footnote, cited from each', async () => {
		const markdown = [
			'Kaltim: [Rp858,43 triliun](idr:858430000000000).',
			'',
			'| Provinsi | PDRB |',
			'| --- | --- |',
			'| Kaltara | [Rp146,79 triliun](idr:146790000000000) |',
			'',
			'Jalan: [Rp28 miliar](idr:28000000000).',
			'',
		].join('\n');
		const tree = await convert(markdown);
		const definitions = tree.children.filter(
			(node) => node.type === 'footnoteDefinition' && node.identifier === RATE_FOOTNOTE,
		);
		expect(definitions).toHaveLength(1);
		expect(JSON.stringify(definitions[0])).toContain(`"value":"@${JISDOR.source}"`);
		const out = await html(markdown);
		expect(out.match(/<span class="usd-equivalent" data-no-glossary="">/g)).toHaveLength(3);
		expect(out.match(/<li id="user-content-fn-kurs-jisdor">/g)).toHaveLength(1);
		expect(out.match(/href="#user-content-fn-kurs-jisdor"/g)).toHaveLength(3);
	});

	it('cites the source of the rate it was given', async () => {
		const tree = await convert('[Rp28 miliar](idr:28000000000)\n', 'id', {
			rupiahPerDollar: 16_283,
			date: '2025-08-21',
			source: 'jisdor-2025-08-21',
		});
		expect(JSON.stringify(tree)).toContain('"value":"@jisdor-2025-08-21"');
		expect(JSON.stringify(tree)).toContain('kurs JISDOR 21 Agustus 2025');
	});

	it('keeps a rate footnote the page already defines', async () => {
		const tree = await convert(
			`[Rp28 miliar](idr:28000000000)\n\n[^${RATE_FOOTNOTE}]: @${JISDOR.source} Kurs tengah.\n`,
		);
		expect(tree.children.filter((node) => node.type === 'footnoteDefinition')).toHaveLength(1);
	});

	it('adds no footnote to a page without conversions, and leaves other links alone', async () => {
		const tree = await convert('[Kesepakatan](/kesepakatan/) dan [Rp28 miliar](https://example.org/).\n');
		expect(tree.children.some((node) => node.type === 'footnoteDefinition')).toBe(false);
		expect(JSON.stringify(tree)).not.toContain('usd-equivalent');
	});

	it.each(['idr:28.000.000.000', 'idr:28 miliar', 'idr:', 'idr:2,8e10', 'idr:-28000000000'])(
		'stops on the malformed amount %s, naming the file, the line and the fix',
		async (url) => {
			await expect(convert(`Satu.\n\nJalan [Rp28 miliar](${url}).\n`)).rejects.toThrow(
				/src\/content\/pages\/id\/economy\.md:3: ".*" is not a rupiah amount\. Write the whole amount in digits after "idr:".*e\.g\. \[Rp28 miliar\]\(idr:28000000000\)/,
			);
		},
	);

	it('stops on a zero amount, naming the file', async () => {
		await expect(convert('[Rp0](idr:0)\n')).rejects.toThrow(
			/src\/content\/pages\/id\/economy\.md:1: "idr:0" is not a rupiah amount/,
		);
	});

	it('stops when the digits say another amount than the figure (a digit too few)', async () => {
		await expect(convert('PDRB [Rp858,43 triliun](idr:85843000000000).\n')).rejects.toThrow(
			/economy\.md:1: "Rp858,43 triliun" is 858430000000000 rupiah but the link says idr:85843000000000\. Make the digits after "idr:" the same amount as the figure/,
		);
	});

	it('stops when the link text is not a rupiah figure', async () => {
		await expect(convert('[lihat di sini](idr:28000000000)\n', 'id')).rejects.toThrow(
			/economy\.md:1: the link text "lihat di sini" is not a rupiah figure/,
		);
	});

	it('reads the figure with the page language’s decimal mark', async () => {
		expect(await html('[Rp858.43 trillion](idr:858430000000000)\n', 'en')).toContain('about US$51.2 billion');
		await expect(convert('[Rp858.43 triliun](idr:858430000000000)\n', 'id')).rejects.toThrow(
			/is 85843000000000000 rupiah/,
		);
	});
});
