import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { assertBuilt, listPages, loadPage, pathOfFile } from '../helpers/dist';

/**
 * Wording the fact sheet (version 3) rules on, checked on every built page in
 * both languages, in the text readers see and in the page's description:
 *
 * - the governor's Rp98 million/kg is thousands of times higher than every
 *   reported *farm-gate* price, not than "every reported price" (a minister
 *   gave a figure of that size for kratom extract);
 * - the kratom export rule is worded one way per language on every page that
 *   states it, in the rule's own words.
 */

assertBuilt();

const pages = listPages().map((file) => ({
	file,
	locale: (pathOfFile(file).startsWith('/en/') ? 'en' : 'id') as Locale,
}));

/** Blocks whose text is a reader's sentence (or several). Nested blocks repeat their text, which does no harm here. */
const TEXT_BLOCKS =
	'p, li, td, th, h1, h2, h3, h4, h5, h6, dd, dt, figcaption, caption, blockquote, summary, desc, title';

/** The sentences a page shows: its text blocks (glossary tooltips and footnote back-links left out) and its description. */
function sentencesOf($: CheerioAPI): string[] {
	const texts: string[] = [];
	$('body')
		.find(TEXT_BLOCKS)
		.each((_, element) => {
			const block = $(element).clone();
			block.find('.glossary-term__tip, .data-footnote-backref, sup').remove();
			texts.push(block.text());
		});
	texts.push($('meta[name="description"]').attr('content') ?? '');
	return texts.flatMap((text) =>
		text
			.replace(/\s+/g, ' ')
			.split(/(?<=[.!?;:])\s+(?=["“(*A-Z0-9])/)
			.map((sentence) => sentence.trim())
			.filter(Boolean),
	);
}

const sentencesByPage = new Map(pages.map(({ file }) => [file, sentencesOf(loadPage(file))]));

/**
 * "Every reported price" and its close variants, in both languages: a claim
 * about all reported prices, which is only true of farm-gate prices.
 */
const EVERY_REPORTED_PRICE: Record<Locale, RegExp> = {
	en: /\b(every|any|all)\s+(of\s+the\s+)?(\S+\s+){0,3}?(reported\s+prices?|prices?\s+(\S+\s+){0,3}?(that\s+(was|were|has\s+been|have\s+been)\s+)?reported)\b/i,
	id: /\b(setiap|semua|seluruh)\s+harga\s+(\S+\s+){0,5}?yang\s+(di)?laporkan\b|\bharga\s+(apa|mana)\s*pun\s+yang\s+(di)?laporkan\b|\bharga\s+yang\s+dilaporkan\s+(mana|apa)\s*pun\b/i,
};

/** What makes such a sentence true: it is about farm-gate prices. */
const FARM_GATE: Record<Locale, RegExp> = {
	en: /farm[- ]gate/i,
	id: /petani/i,
};

/** The kratom export rule in the rule's own words (tvOnenews, 11 Sep 2024, quoting Permendag 20 and 21 of 2024). */
const EXPORT_RULE_START: Record<Locale, RegExp> = {
	en: /kratom and its parts/i,
	id: /kratom dan bagiannya/i,
};
/** A sentence that states what form of kratom may be exported. */
const STATES_EXPORT_RULE: Record<Locale, RegExp> = {
	en: /\b600 microns\b|exported\s+(only\s+)?as\s+pieces|\bpieces,?\s+(or\s+)?powder\b/i,
	id: /\b600 mikron\b|diekspor\s+(hanya\s+)?(dalam\s+bentuk|berupa)\s+potongan|\bpotongan,?\s+(atau\s+)?bubuk\b/i,
};
const RULE_END: Record<Locale, RegExp> = { en: /600 microns/i, id: /600 mikron/i };

/** The wording of the export rule in a sentence: from "kratom and its parts" to "600 microns", or the whole sentence. */
function ruleWording(sentence: string, locale: Locale): string {
	const start = sentence.search(EXPORT_RULE_START[locale]);
	const end = sentence.search(RULE_END[locale]);
	if (start < 0 || end < start) return sentence;
	const endMatch = RULE_END[locale].exec(sentence.slice(end));
	return sentence.slice(start, end + (endMatch?.[0].length ?? 0)).toLowerCase();
}

describe.each(['id', 'en'] as const)('%s pages', (locale) => {
	const ofLocale = pages.filter((page) => page.locale === locale);

	it('never claim a figure beats "every reported price" unless the sentence says the prices are farm-gate prices', () => {
		const overreach = ofLocale.flatMap(({ file }) =>
			(sentencesByPage.get(file) ?? [])
				.filter((sentence) => EVERY_REPORTED_PRICE[locale].test(sentence) && !FARM_GATE[locale].test(sentence))
				.map((sentence) => `${pathOfFile(file)}: "${sentence}"`),
		);
		expect(
			overreach,
			`Say "farm-gate" / "di tingkat petani" in the same sentence: a minister gave a reported price of that size for kratom extract (FACTS C1, B23).`,
		).toEqual([]);
	});

	it('word the kratom export rule one way, in the rule’s own words, on every page that states it', () => {
		const wordings = new Map<string, string[]>();
		for (const { file } of ofLocale) {
			for (const sentence of sentencesByPage.get(file) ?? []) {
				if (!STATES_EXPORT_RULE[locale].test(sentence)) continue;
				const wording = ruleWording(sentence, locale);
				wordings.set(wording, [...(wordings.get(wording) ?? []), pathOfFile(file)]);
			}
		}
		const found = [...wordings].map(([wording, paths]) => `"${wording}" on ${[...new Set(paths)].join(', ')}`);
		expect(wordings.size, `the export rule is stated on no ${locale} page`).toBeGreaterThan(0);
		expect(found, 'Use one wording of the export rule on every page (FACTS B15)').toHaveLength(1);
		const [wording] = [...wordings.keys()];
		expect(wording, 'the rule must start with what may be exported, in its own words').toMatch(
			EXPORT_RULE_START[locale],
		);
	});
});

describe('the phrase checks can fail', () => {
	it('catch the overreach and its close variants, and let farm-gate sentences pass', () => {
		const en = [
			'The figure is thousands of times higher than every reported price.',
			'That figure is thousands of times higher than any reported price.',
			'It is far above all the prices reported in 2025.',
		];
		const id = [
			'Angka itu ribuan kali lebih tinggi daripada setiap harga yang dilaporkan.',
			'Angka itu ribuan kali lebih tinggi dari harga mana pun yang dilaporkan.',
			'Klaim itu jauh di atas semua harga kratom yang dilaporkan.',
		];
		for (const sentence of en) expect(EVERY_REPORTED_PRICE.en.test(sentence), sentence).toBe(true);
		for (const sentence of id) expect(EVERY_REPORTED_PRICE.id.test(sentence), sentence).toBe(true);
		expect(FARM_GATE.en.test('It is higher than every reported farm-gate price of kratom.')).toBe(true);
		expect(FARM_GATE.id.test('Lebih tinggi daripada setiap harga kratom di tingkat petani yang dilaporkan.')).toBe(
			true,
		);
	});

	it('tell two wordings of the export rule apart', () => {
		const a = ruleWording(
			'What may be exported is kratom and its parts used in the pharmaceutical industry, as pieces, powder or crushed material with a particle size of at most 600 microns.',
			'en',
		);
		const b = ruleWording(
			'Kratom may be exported as pieces or powder, with a particle size of at most 600 microns.',
			'en',
		);
		expect(STATES_EXPORT_RULE.en.test('Kratom may be exported as pieces or powder.')).toBe(true);
		expect(STATES_EXPORT_RULE.id.test('Kratom boleh diekspor dalam bentuk potongan atau bubuk.')).toBe(true);
		expect(a).not.toBe(b);
	});
});
