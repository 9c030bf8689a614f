import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { fieldsOfPages, SEARCH_FIELDS_FILE, type PageSearchFields } from '../../src/lib/search/search-fields-file';
import { indexedBodyStarts, withSearchFields } from '../../src/lib/search/search-fields-markup';

const crab: PageSearchFields = {
	topic: 'Commodities, Blue economy',
	keywords: ['Kepiting bakau', 'kepiting "bakau" & co'],
	filters: { topic: ['commodities', 'blue-economy'], audience: ['citizen'], economy: ['blue'], province: ['kaltara'] },
};
const page =
	'<!doctype html><html lang="en"><body><header data-pagefind-ignore>Menu</header><article class="article" data-pagefind-body><h1>Mud crab</h1><p>Text</p></article></body></html>';

/** The `data-pagefind-*` values of an HTML string, entities decoded as Pagefind reads them, and where each element sits. */
function pagefindAttributes(html: string): { name: string; value: string; inside: string[] }[] {
	const found: { name: string; value: string; inside: string[] }[] = [];
	const open: string[] = [];
	const parser = new Parser(
		{
			onopentag: (name, attributes) => {
				for (const [key, value] of Object.entries(attributes))
					if (/^data-pagefind-(meta|filter)$/.test(key)) found.push({ name: key, value, inside: [...open] });
				open.push(name);
			},
			onclosetag: () => void open.pop(),
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return found;
}

describe('the search fields given to Pagefind', () => {
	it('go inside the indexed element, one element per metadata and filter value, as Pagefind reads them', () => {
		const html = withSearchFields(page, crab, 'en/commodities/mud-crab/index.html');
		expect(pagefindAttributes(html)).toEqual([
			{
				name: 'data-pagefind-meta',
				value: 'topic:Commodities, Blue economy',
				inside: ['html', 'body', 'article', 'div'],
			},
			{
				name: 'data-pagefind-meta',
				value: 'keywords:Kepiting bakau, kepiting "bakau" & co',
				inside: ['html', 'body', 'article', 'div'],
			},
			...['topic:commodities', 'topic:blue-economy', 'audience:citizen', 'economy:blue', 'province:kaltara'].map(
				(value) => ({ name: 'data-pagefind-filter', value, inside: ['html', 'body', 'article', 'div'] }),
			),
		]);
		expect(html).toContain('<div class="search-fields" hidden>');
		// Everything else of the page is as it was on disk.
		expect(html.replace(/<div class="search-fields" hidden>.*?<\/div>/, '')).toBe(page);
	});

	it('leave out the keywords metadata when a page has none, and add no text', () => {
		const html = withSearchFields(page, { ...crab, keywords: [] }, 'x.html');
		expect(pagefindAttributes(html).map((item) => item.value)).not.toContainEqual(expect.stringMatching(/^keywords:/));
		expect(html.replace(/<[^>]+>/g, '')).toBe(page.replace(/<[^>]+>/g, ''));
	});

	it('stop with the page named when it has no indexed element, or more than one', () => {
		expect(() => withSearchFields('<html><body><main>Text</main></body></html>', crab, 'en/faq/index.html')).toThrow(
			/en\/faq\/index\.html has 0 elements with data-pagefind-body/,
		);
		expect(() =>
			withSearchFields('<div data-pagefind-body></div><div data-pagefind-body></div>', crab, 'two.html'),
		).toThrow(/two\.html has 2 elements/);
		expect(indexedBodyStarts('<p title="data-pagefind-body">not an attribute</p>')).toEqual([]);
	});
});

describe('pairing the side file with the built pages', () => {
	const pages = [
		{ file: 'en/commodities/mud-crab/index.html', path: '/en/commodities/mud-crab/', indexed: true },
		{ file: 'en/404.html', path: '/en/404.html', indexed: false },
	];

	it('gives each indexed page its entry and the unindexed pages none', () => {
		const paired = fieldsOfPages(pages, { '/en/commodities/mud-crab/': crab });
		expect([...paired]).toEqual([['en/commodities/mud-crab/index.html', crab]]);
	});

	it('stops the build naming an indexed page without fields, and the fix', () => {
		expect(() => fieldsOfPages(pages, {})).toThrow(
			new RegExp(
				`en/commodities/mud-crab/index\\.html has data-pagefind-body but no entry for "/en/commodities/mud-crab/" in ${SEARCH_FIELDS_FILE}: build the page from a route of siteRoutes\\(\\)`,
			),
		);
	});

	it('stops the build naming an entry that no indexed page has, and the fix', () => {
		const fields = { '/en/commodities/mud-crab/': crab, '/en/gone/': crab, '/en/404.html': crab };
		const error = (() => {
			try {
				fieldsOfPages(pages, fields);
			} catch (thrown) {
				return thrown instanceof Error ? thrown.message : '';
			}
			return '';
		})();
		expect(error).toContain(`${SEARCH_FIELDS_FILE} lists "/en/gone/", but no built page there has data-pagefind-body`);
		expect(error).toContain(`${SEARCH_FIELDS_FILE} lists "/en/404.html"`);
		expect(error).toContain('leave the route out of searchFieldsFile() (src/lib/search/search-fields.ts)');
	});
});
