import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, projectRoot, removeCopy, type BuildResult } from '../helpers/project-copy';
import { loadPath } from '../helpers/dist';

/**
 * Every content component an editor may place, in one MDX page pair laid over
 * a copy of the project (tests/fixtures/mdx-components): the build passes and
 * each component renders in the page's language, with its citations, and the
 * glossary links text inside a component.
 */
let copy = '';
let result: BuildResult = { code: 1, output: '' };

beforeAll(async () => {
	copy = copyProject(join(projectRoot, 'tests/fixtures/mdx-components'));
	result = await astroBuild(copy);
}, 600_000);

afterAll(() => {
	if (copy) removeCopy(copy);
});

const pages = [
	{ locale: 'id', path: '/uji-mdx/', claim: 'Klaim', finding: 'Cek fakta', alt: 'Sebuah persegi biru', map: 'Peta' },
	{ locale: 'en', path: '/en/mdx-test/', claim: 'Claim', finding: 'Fact-check', alt: 'A blue square', map: 'Map' },
] as const;

describe('a page placing every content component', () => {
	it('builds', () => {
		expect(result.code, result.output.slice(-3000)).toBe(0);
	});

	describe.each(pages)('in $locale ($path)', (page) => {
		const $ = () => loadPath(page.path, join(copy, 'dist'));

		it('shows the claim with its speaker, date and source, and the finding with its footnote and a glossary link', () => {
			const claim = $()('.claim');
			expect(claim.length).toBe(1);
			expect(claim.find('.claim__said .claim__label').text()).toBe(page.claim);
			expect(claim.find('blockquote').text().length).toBeGreaterThan(10);
			expect(claim.find('figcaption').text()).toMatch(/Rudy Mas'ud, 7 (Agustus|August) 2025/);
			expect(claim.find('figcaption a[data-cites="diskominfo-kaltim-2025"]').attr('href')).toMatch(
				/#registry-diskominfo-kaltim-2025$/,
			);
			expect(claim.find('.claim__finding .claim__label').text()).toBe(page.finding);
			expect(claim.find('.claim__finding a[data-footnote-ref]').length).toBe(1);
			expect(claim.find('.claim__finding .glossary-term__link').attr('data-glossary-term')).toBe('export-center');
		});

		it('draws the chart with its table', () => {
			const chart = $()('figure.chart[data-chart="growth-2024"]');
			expect(chart.find('svg title').text().length).toBeGreaterThan(5);
			expect(chart.find('tbody tr').length).toBe(2);
		});

		it('shows the figure with alt text, size, caption and source', () => {
			const figure = $()('figure.content-figure');
			const image = figure.find('img');
			expect(image.attr('alt')).toBe(page.alt);
			expect([image.attr('width'), image.attr('height'), image.attr('src')]).toEqual([
				'64',
				'32',
				'/fixture-figure.svg',
			]);
			expect(figure.find('figcaption a[data-cites="diskominfo-kaltim-2025"]').length).toBe(1);
		});

		it('places the map in the page language', () => {
			const map = $()('.places-map');
			expect(map.find('svg.map').length).toBe(1);
			expect(map.find('h2').text()).toBe(page.map);
		});

		it('cites through the footnotes and shows no component code', () => {
			expect($()('section[data-footnotes] li a[href^="http"]').length).toBeGreaterThan(0);
			expect($()('article').text()).not.toMatch(/<(Claim|Chart|Figure|Map)|source="|\{64\}/);
		});
	});
});
