import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pathOfKey } from '../helpers/content';
import { assertBuilt, fileOfPath, loadPage } from '../helpers/dist';
import { otherLocale, type Locale } from '../../src/i18n/locales';

assertBuilt();

/** The built page of a translation key in one language, parsed; fails naming the page when it was not built. */
function page(key: string, locale: Locale): CheerioAPI {
	const path = pathOfKey(key, locale);
	const file = fileOfPath(path);
	if (!file) throw new Error(`The ${locale} page "${key}" (${path}) was not built.`);
	return loadPage(file);
}

/** Links from a page's own text to a path: the article, not the header or footer that every page shares. */
function bodyLinksTo($: CheerioAPI, path: string): number {
	return $('main article a[href]').filter((_, a) => $(a).attr('href') === path).length;
}

/** The text of each `##` section of a page's article, by heading. */
function sections($: CheerioAPI): Map<string, string> {
	const out = new Map<string, string>();
	$('main article h2').each((_, h2) => {
		const heading = $(h2);
		if (heading.closest('.summary, .footnotes, .source-list').length > 0) return;
		out.set(heading.text().trim(), heading.nextUntil('h2, section').text());
	});
	return out;
}

/**
 * The areas the agreement and the signing named, each with how its section
 * heading reads per language, and the dated "not found" statement each section
 * must make (as of early 2026, the newest reports found).
 */
const areas: { name: string; heading: Record<Locale, RegExp> }[] = [
	{ name: 'border development', heading: { id: /perbatasan/i, en: /border/i } },
	{
		name: 'trade and Export Center Balikpapan',
		heading: { id: /perdagangan.*export center/i, en: /trade.*export center/i },
	},
	{ name: 'green economy and the industrial estate', heading: { id: /ekonomi hijau/i, en: /green economy/i } },
	{ name: 'blue economy', heading: { id: /ekonomi biru/i, en: /blue economy/i } },
	{
		name: 'environment, agriculture, education, culture',
		heading: {
			id: /lingkungan.*pertanian.*pendidikan.*kebudayaan/i,
			en: /environment.*agriculture.*education.*culture/i,
		},
	},
];
const notFound: Record<Locale, RegExp> = {
	id: /Per awal 2026 kami tidak menemukan/,
	en: /As of early 2026 we found no/,
};
const locales: Locale[] = ['id', 'en'];

describe.each(locales)('the "since the signing" page (%s)', (locale) => {
	const bySection = sections(page('since-signing', locale));
	it.each(areas)('has a section on $name with a dated "not found" statement', ({ heading }) => {
		const match = [...bySection.entries()].find(([title]) => heading[locale].test(title));
		expect(
			match,
			`a section heading matching ${heading[locale]} among: ${[...bySection.keys()].join(' | ')}`,
		).toBeDefined();
		expect(match?.[1], `section "${match?.[0]}"`).toMatch(notFound[locale]);
	});

	it('cites a source in every row of its tables of reported events', () => {
		const $ = page('since-signing', locale);
		$('main article table').each((_, table) => {
			$(table)
				.find('tbody tr')
				.each((__, row) => {
					expect($(row).find('[data-footnote-ref]').length, $(row).text()).toBeGreaterThan(0);
				});
		});
	});
});

describe.each(locales)('the "how to get the agreement\'s text" page (%s)', (locale) => {
	it('gives a request letter a reader can copy, addressed to the information office, and the legal deadlines', () => {
		const $ = page('agreement-text', locale);
		const letter = $('main article pre').text();
		expect(letter, 'the letter in a plain-text block').toMatch(/PPID/);
		expect(letter).toMatch(/Kesepakatan Bersama/);
		expect($('main article').text()).toMatch(locale === 'id' ? /10 hari kerja/ : /10 working days/);
	});
});

// Both new page pairs: built in both languages, each the other's alternate, and reachable from the
// home page's and the agreement page's own text and from every page's menu.
describe.each(['since-signing', 'agreement-text'].flatMap((key) => locales.map((locale) => [key, locale] as const)))(
	'the %s page (%s)',
	(key, locale) => {
		const path = pathOfKey(key, locale);

		it('is built, and its translation is its language alternate', () => {
			const $ = page(key, locale);
			const other = otherLocale(locale);
			const alternate = $(`link[rel="alternate"][hreflang="${other}"]`).attr('href') ?? '';
			expect(new URL(alternate).pathname).toBe(pathOfKey(key, other));
		});

		it('is linked from the text of the home page and of the agreement page, and listed in the menu', () => {
			for (const from of ['home', 'agreement']) {
				expect(bodyLinksTo(page(from, locale), path), `${pathOfKey(from, locale)} links ${path}`).toBeGreaterThan(0);
			}
			const $ = page('home', locale);
			expect($('.primary-nav a[href]').filter((_, a) => $(a).attr('href') === path).length).toBe(1);
		});
	},
);
