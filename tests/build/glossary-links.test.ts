import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage } from '../helpers/dist';

assertBuilt();
const contentPages = listPages().filter((file) => !isNotFoundPage(file));
const linkedPages = contentPages.filter((file) => loadPage(file)('a[data-glossary-term]').length > 0);

describe('glossary links on the built site', () => {
	it('appear on pages that use glossary terms', () => {
		expect(linkedPages).toContain('kesepakatan/index.html');
		expect(linkedPages).toContain('en/agreement/index.html');
	});

	it('never appear on the glossary page itself', () => {
		for (const path of ['/glosarium/', '/en/glossary/']) {
			const file = fileOfPath(path);
			if (file) expect(loadPage(file)('a[data-glossary-term]'), path).toHaveLength(0);
		}
	});
});

describe.each(linkedPages)('glossary links on %s', (file) => {
	const $ = loadPage(file);
	const links = $('a[data-glossary-term]');
	const glossaryPath = file.startsWith('en/') ? '/en/glossary/' : '/glosarium/';

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
			const glossary = fileOfPath(glossaryPath);
			if (glossary) expect(loadPage(glossary)(`[id="${id}"]`).length, `${glossaryPath}#${id}`).toBe(1);
		});
	});
});
