import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { formatPartialDate } from '../../src/lib/schemas/dates';
import { dollarEquivalent, JISDOR, rupiahOfFigure } from '../../src/lib/markdown/exchange-rate';
import { fileOfPath, assertBuilt, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';
import { pathOfKey, readContentYaml, type RegistryEntry } from '../helpers/content';

assertBuilt();

const rateSource = readContentYaml<RegistryEntry>('sources.yaml').find((source) => source.id === JISDOR.source);
/** The built pages that show a converted rupiah figure. */
const converted = listPages().filter(
	(file) => !isNotFoundPage(file) && loadPage(file)('main .usd-equivalent').length > 0,
);
const localeOf = (file: string): Locale => (pathOfFile(file).startsWith('/en/') ? 'en' : 'id');

/** How each language names the rate and its date in a converted figure. */
const rateWords = (locale: Locale): string =>
	locale === 'id'
		? `kurs JISDOR ${formatPartialDate(JISDOR.date, 'id')}`
		: `JISDOR rate of ${formatPartialDate(JISDOR.date, 'en')}`;

it('the rate the site converts with is in the registry', () => {
	expect(rateSource, `src/content/sources.yaml has no entry "${JISDOR.source}"`).toBeDefined();
});

describe.each(converted)('%s', (file) => {
	const $ = loadPage(file);
	const locale = localeOf(file);
	const spans = $('main .usd-equivalent');

	it('names the JISDOR rate date in the page language in every dollar equivalent, and cites one footnote whose citation is the rate’s source', () => {
		const targets = new Set<string>();
		spans.each((_, span) => {
			const text = $(span).clone().find('sup').remove().end().text();
			expect(text, file).toContain(rateWords(locale));
			const refs = $(span).find('a[data-footnote-ref]');
			expect(refs, `${file}: "${text}" cites the rate once`).toHaveLength(1);
			const target = (refs.attr('href') ?? '').replace(/^#/, '');
			const note = $(`[id="${target}"]`);
			expect(note, `${file}: footnote #${target}`).toHaveLength(1);
			expect(note.find('a').first().attr('href'), `${file}: footnote #${target} cites the rate's source`).toBe(
				rateSource?.url,
			);
			targets.add(target);
		});
		expect([...targets], `${file}: every conversion cites the same rate footnote`).toHaveLength(1);
	});

	it('shows the dollars of the rupiah figure written just before each equivalent', () => {
		spans.each((_, span) => {
			const before = span.prev?.type === 'text' ? span.prev.data : '';
			const figure = before.slice(before.lastIndexOf('Rp'));
			const rupiah = rupiahOfFigure(figure, locale);
			expect(rupiah, `${file}: no rupiah figure before "${$(span).text()}"`).toBeDefined();
			expect(before.endsWith(' ('), `${file}: "${figure}" is followed by its equivalent in brackets`).toBe(true);
			expect($(span).clone().find('sup').remove().end().text()).toBe(dollarEquivalent(rupiah as number, locale));
		});
	});
});

describe.each([
	['economy', 'id'],
	['economy', 'en'],
	['trade', 'id'],
	['trade', 'en'],
] as const)('the %s page (%s)', (key, locale) => {
	it('converts at least one rupiah figure', () => {
		const file = fileOfPath(pathOfKey(key, locale));
		expect(file, `${key} (${locale}) was not built`).toBeDefined();
		expect(loadPage(file as string)('main .usd-equivalent').length).toBeGreaterThan(0);
	});
});
