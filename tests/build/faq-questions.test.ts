import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, loadPage } from '../helpers/dist';
import { pathOfKey } from '../helpers/content';
import { locales, type Locale } from '../../src/i18n/locales';

assertBuilt();

/** A question readers ask, found by key words of its heading, and where its answer must link (if anywhere). */
interface ReaderQuestion {
	name: string;
	heading: Record<Locale, RegExp[]>;
	linksTo?: Record<Locale, () => string>;
}

const readerQuestions: readonly ReaderQuestion[] = [
	{ name: 'is the agreement binding', heading: { id: [/mengikat/i], en: [/binding/i] } },
	{
		name: 'how to get its text',
		heading: { id: [/naskah/i, /(cara|bagaimana)/i], en: [/\btext\b/i, /\bhow\b/i] },
		linksTo: { id: () => pathOfKey('agreement-text', 'id'), en: () => pathOfKey('agreement-text', 'en') },
	},
	{
		name: 'what has happened since the signing',
		heading: { id: [/sejak penandatanganan/i], en: [/since the signing/i] },
		// The page another branch adds; the link check names it until that branch is merged.
		linksTo: { id: () => '/sejak-penandatanganan/', en: () => '/en/since-the-signing/' },
	},
	{
		name: 'can my business use Export Center Balikpapan',
		heading: { id: [/Export Center/, /usaha/i], en: [/Export Center/, /business/i] },
	},
	{ name: 'who to contact', heading: { id: [/hubungi/i], en: [/contact/i] } },
	{ name: 'is kratom legal', heading: { id: [/kratom/i, /\blegal\b/i], en: [/kratom/i, /\blegal\b/i] } },
];

/** The FAQ's questions (its `##` headings) with the content of each answer, up to the next question or the notes. */
function faqAnswers($: CheerioAPI) {
	return $('.prose > h2')
		.map((_, heading) => ({ question: $(heading).text().trim(), answer: $(heading).nextUntil('h2, [data-footnotes]') }))
		.get();
}

describe.each(locales)('the FAQ in %s', (locale) => {
	const path = pathOfKey('faq', locale);
	const file = fileOfPath(path);
	if (!file) throw new Error(`The FAQ (${path}) was not built.`);
	const $ = loadPage(file);
	const answers = faqAnswers($);

	it('has questions', () => {
		expect(answers.length).toBeGreaterThan(0);
	});

	it.each(readerQuestions.map((question) => [question.name, question] as const))(
		'answers "%s" once, citing a source',
		(_name, question) => {
			const matches = answers.filter(({ question: text }) =>
				question.heading[locale].every((pattern) => pattern.test(text)),
			);
			expect(
				matches.map((match) => match.question),
				`one heading matching ${question.heading[locale].join(' and ')} among:\n${answers.map((a) => a.question).join('\n')}`,
			).toHaveLength(1);
			const { answer } = matches[0] as (typeof matches)[number];
			expect(answer.find('[data-footnote-ref]').length, 'a citation in the answer').toBeGreaterThan(0);
			if (question.linksTo) {
				const target = question.linksTo[locale]();
				const hrefs = answer
					.find('a[href]')
					.map((_, a) => ($(a).attr('href') ?? '').split('#')[0])
					.get();
				expect(hrefs, `a link to ${target}`).toContain(target);
			}
		},
	);

	it('cites at least one source in every answer', () => {
		const uncited = answers
			.filter(({ answer }) => answer.find('[data-footnote-ref]').length === 0)
			.map(({ question }) => question);
		expect(uncited).toEqual([]);
	});
});
