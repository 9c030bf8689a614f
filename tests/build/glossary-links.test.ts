import { describe, expect, it } from 'vitest';
import { assertBuilt, isNotFoundPage, listPages, loadPage, loadPath } from '../helpers/dist';

assertBuilt();
const contentPages = listPages().filter((file) => !isNotFoundPage(file));
const linkedPages = contentPages.filter((file) => loadPage(file)('a[data-glossary-term]').length > 0);

describe('glossary links on the built site', () => {
	it('appear on pages that use glossary terms', () => {
		expect(linkedPages).toContain('kesepakatan/index.html');
		expect(linkedPages).toContain('en/agreement/index.html');
	});

	it.each(['/glosarium/', '/en/glossary/'])('never appear on the glossary page itself (%s)', (path) => {
		expect(loadPath(path)('a[data-glossary-term]'), path).toHaveLength(0);
	});
});

describe.each(linkedPages)('glossary links on %s', (file) => {
	const $ = loadPage(file);
	const links = $('a[data-glossary-term]');
	const glossaryPath = file.startsWith('en/') ? '/en/glossary/' : '/glosarium/';
	const glossary = loadPath(glossaryPath);

	it('link each term once', () => {
		const ids = links.map((_, link) => $(link).attr('data-glossary-term')).get();
		expect(ids.length).toBe(new Set(ids).size);
	});

	it('are never inside headings, links or code', () => {
		links.each((_, link) => {
			expect($(link).parents('h1, h2, h3, h4, h5, h6, a, code, pre, [data-footnotes]').length, $(link).text()).toBe(0);
		});
	});

	it('point at the glossary entry and carry the definition as their description', () => {
		links.each((_, link) => {
			const id = $(link).attr('data-glossary-term') as string;
			expect($(link).attr('href')).toBe(`${glossaryPath}#${id}`);
			const tip = $(`#${$(link).attr('aria-describedby')}`);
			expect(tip.text().trim().length, id).toBeGreaterThan(10);
			expect(glossary(`[id="${id}"]`).length, `${glossaryPath}#${id}`).toBe(1);
		});
	});
});
