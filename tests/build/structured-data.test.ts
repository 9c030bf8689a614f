import { describe, expect, it } from 'vitest';
import { assertBuilt, fileOfPath, isNotFoundPage, listPages, loadPage, pathOfFile } from '../helpers/dist';

assertBuilt();

type Node = { '@type': string } & Record<string, unknown>;
const contentPages = listPages().filter((file) => !isNotFoundPage(file));

function jsonLd(file: string): Node[] {
	const $ = loadPage(file);
	return $('script[type="application/ld+json"]')
		.map((_, el) => JSON.parse($(el).text()) as Node)
		.get();
}
const types = (nodes: Node[]) => nodes.map((node) => node['@type']);

const isHome = (file: string): boolean => ['/', '/en/'].includes(pathOfFile(file));

describe.each(contentPages)('JSON-LD of %s', (file) => {
	it('parses and uses schema.org', () => {
		const nodes = jsonLd(file);
		expect(nodes.length).toBeGreaterThan(0);
		for (const node of nodes) expect(node['@context']).toBe('https://schema.org');
	});
});

describe.each(contentPages.filter(isHome))('JSON-LD of the home page %s', (file) => {
	it('names the site as a WebSite', () => {
		const nodes = jsonLd(file);
		expect(types(nodes)).toEqual(['WebSite']);
		expect(nodes[0]?.['url']).toBe(loadPage(file)('link[rel="canonical"]').attr('href'));
	});
});

describe.each(contentPages.filter((file) => !isHome(file)))('JSON-LD of the article %s', (file) => {
	it('is an Article with breadcrumbs ending at this page', () => {
		const nodes = jsonLd(file);
		const $ = loadPage(file);
		const canonical = $('link[rel="canonical"]').attr('href');
		expect(types(nodes).slice(0, 2)).toEqual(['Article', 'BreadcrumbList']);
		const article = nodes[0] as Node;
		expect(article['headline']).toBe($('h1').text().trim());
		expect(article['url']).toBe(canonical);
		expect(article['dateModified']).toBe($('.page-dates__updated time').attr('datetime'));
		const crumbs = (nodes[1] as Node)['itemListElement'] as { position: number; item: string }[];
		expect(crumbs.length).toBeGreaterThanOrEqual(2);
		expect(crumbs.at(-1)?.item).toBe(canonical);
		expect(crumbs.map((crumb) => crumb.position)).toEqual(crumbs.map((_, index) => index + 1));
	});
});

describe('page-specific JSON-LD', () => {
	it.each(['/tanya-jawab/', '/en/faq/'])('%s is an FAQPage whose questions are its ## headings', (path) => {
		const file = fileOfPath(path);
		expect(file, path).toBeDefined();
		const faq = jsonLd(file as string).find((node) => node['@type'] === 'FAQPage');
		expect(faq).toBeDefined();
		const questions = (faq?.['mainEntity'] as { name: string; acceptedAnswer: { text: string } }[]).map((q) => q.name);
		const $ = loadPage(file as string);
		const headings = $('.prose > h2')
			.map((_, el) => $(el).text().trim())
			.get();
		expect(headings.length).toBeGreaterThan(0);
		expect(questions).toEqual(headings);
	});

	it.each(['/data-terbuka/', '/en/open-data/'])(
		'%s describes each dataset as a Dataset with downloads that exist',
		(path) => {
			const datasets = jsonLd(fileOfPath(path) as string).filter((node) => node['@type'] === 'Dataset');
			expect(datasets).toHaveLength(6);
			for (const dataset of datasets) {
				expect(dataset['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
				const downloads = dataset['distribution'] as { contentUrl: string; encodingFormat: string }[];
				expect(downloads.map((d) => d.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
				for (const download of downloads)
					expect(fileOfPath(new URL(download.contentUrl).pathname), download.contentUrl).toBeDefined();
			}
		},
	);
});
