import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../helpers/dist';

assertBuilt();

/**
 * Indonesian readers meet one word for reading without a connection: "tanpa sinyal", the way the
 * site's offline copy is named in its buttons and messages. A second name ("offline", "luring",
 * "tanpa internet") would leave a reader wondering whether it is a second feature.
 */
const OTHER_NAMES = /\boffline\b|\bluring\b|tanpa (?:internet|koneksi|jaringan)/i;
const indonesianPages = listPages().filter((file) => !file.startsWith('en/'));

describe('the Indonesian pages', () => {
	it('are built', () => {
		expect(indonesianPages.length).toBeGreaterThan(20);
	});

	it.each(indonesianPages)('%s names reading without a connection only "tanpa sinyal"', (file) => {
		const $ = loadPage(file);
		// Text marked as English (the offline page's line for English readers) is not Indonesian.
		$('script, style, template, body [lang]:not([lang="id"])').remove();
		// Visible text and the text a screen reader or a tooltip gives.
		const text = [
			$('body').text(),
			...$('[aria-label], [title], [alt]')
				.map((_i, element) => [element.attribs['aria-label'], element.attribs['title'], element.attribs['alt']])
				.get(),
		].join(' ');
		expect(text.match(OTHER_NAMES)?.[0], file).toBeUndefined();
	});
});
