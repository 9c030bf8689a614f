import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../helpers/dist';
import { otherLocale, asLocale } from '../../src/i18n/locales';

assertBuilt();

/** Each language's name in that language: the only words of the other language a switch may show. */
const OWN_NAME = { id: 'Bahasa Indonesia', en: 'English' } as const;

// Screen readers switch voice on `lang`: a label in the page's language tagged as the other one is read
// with the wrong pronunciation. The switch links to the other language (hreflang), speaks the page's
// language, and tags only the other language's own name.
describe.each(listPages())('the language switch of %s', (file) => {
	const $ = loadPage(file);
	const locale = asLocale($('html').attr('lang'));
	const other = otherLocale(locale);
	const link = $('[data-language-switch]');

	it('links to the other language and is itself in the page language', () => {
		expect(link).toHaveLength(1);
		expect(link.attr('hreflang')).toBe(other);
		expect(link.attr('lang') ?? locale).toBe(locale);
	});

	it("tags only the other language's name with the other language", () => {
		const tagged = link
			.find(`[lang="${other}"]`)
			.map((_, element) => $(element).text().trim())
			.get();
		// The name, where the label shows it, is tagged once; nothing else is.
		expect(tagged).toEqual(link.text().includes(OWN_NAME[other]) ? [OWN_NAME[other]] : []);
		expect(
			link.find('[lang]').filter((_, element) => !['id', 'en'].includes($(element).attr('lang') ?? '')).length,
			'only id or en tags',
		).toBe(0);
	});
});
