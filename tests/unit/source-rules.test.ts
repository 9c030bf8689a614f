import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isSiteRoot, registryProblems, sourceSchema, urlSlug } from '../../src/lib/sources/source-rules';

/** A valid entry to break one field at a time. */
const good = {
	id: 'kompas-krayan-2023-08-14',
	title: 'pantauan-udara-menuju-krayan-wilayah-terisolasi-di-perbatasan-ri-malaysia',
	titleFrom: 'url-slug',
	publisher: 'Kompas.com',
	url: 'https://regional.kompas.com/copy/2023/08/14/150918178/pantauan-udara-menuju-krayan-wilayah-terisolasi-di-perbatasan-ri-malaysia',
	date: '2023-08-14',
	kind: 'news',
};
const problemsOf = (entry: Record<string, unknown>) => registryProblems([entry]);

describe('isSiteRoot', () => {
	it('is true for a home page, with or without a slash or a query', () => {
		expect(isSiteRoot('https://setkab.go.id/')).toBe(true);
		expect(isSiteRoot('https://x.org')).toBe(true);
		expect(isSiteRoot('https://setkab.go.id/?lang=en')).toBe(true);
		expect(isSiteRoot('https://setkab.go.id/#top')).toBe(true);
	});

	it('is false for an article, and for a WordPress short link that names a post', () => {
		expect(isSiteRoot('https://setkab.go.id/en/remarks')).toBe(false);
		expect(isSiteRoot('https://iknpos.id/?p=45232')).toBe(false);
	});
});

describe('urlSlug', () => {
	it('is the last non-empty path segment, without the query', () => {
		expect(urlSlug('https://www.talkingtrees.com.au/tag/small-woodlots/')).toBe('small-woodlots');
		expect(urlSlug('https://sekaltim.co/ekspor-kepiting-bakau/?amp=1')).toBe('ekspor-kepiting-bakau');
		expect(urlSlug('https://kraya.id/produksi-rumput-laut.html')).toBe('produksi-rumput-laut.html');
	});

	it('is the query of a WordPress short link, and undefined for a home page', () => {
		expect(urlSlug('https://jurnalis.co.id/?p=55479')).toBe('?p=55479');
		expect(urlSlug('https://benuanta.co.id/index.php/2022/02/06/cegah-kegiatan-ilegal/68186/16/00/03')).toBe(
			'cegah-kegiatan-ilegal',
		);
		expect(urlSlug('https://editor.id/granat-tolak-tanaman-kratom/4')).toBe('granat-tolak-tanaman-kratom');
		expect(urlSlug('https://dev-jdihn.bphn.go.id/doc/1325811')).toBe('1325811');
		expect(urlSlug('https://setkab.go.id/')).toBeUndefined();
	});
});

describe('the schema of one entry', () => {
	it('accepts a full entry, a partial date, "undated" and an event date', () => {
		expect(problemsOf(good)).toEqual([]);
		expect(problemsOf({ ...good, date: '2023-08' })).toEqual([]);
		expect(problemsOf({ ...good, date: 'undated' })).toEqual([]);
		expect(problemsOf({ ...good, dateFrom: 'event' })).toEqual([]);
	});

	it('refuses a site home page as the URL, naming the entry, the field and the fix', () => {
		const [problem] = problemsOf({ ...good, titleFrom: undefined, title: 'Headline', url: 'https://setkab.go.id/' });
		expect(problem).toMatch(
			/^source "kompas-krayan-2023-08-14", url: "https:\/\/setkab\.go\.id\/" is a site's home page, not the article\. Link the article itself/,
		);
	});

	it('refuses a title in brackets', () => {
		const problems = problemsOf({ ...good, titleFrom: undefined, title: '[Laporan tentang Krayan]' });
		expect(problems).toEqual([
			expect.stringMatching(
				/^source "kompas-krayan-2023-08-14", title: .*description in brackets.*add "titleFrom: url-slug"/,
			),
		]);
	});

	it('refuses a missing date, and a date in another format', () => {
		const { date: _date, ...undated } = good;
		expect(problemsOf(undated)).toEqual([
			expect.stringMatching(/date: The date is missing\. Write the publication date .*"undated"/),
		]);
		expect(problemsOf({ ...good, date: '14/08/2023' })).toEqual([
			expect.stringMatching(/date: "14\/08\/2023" is not a date/),
		]);
	});

	it('refuses a url-slug title that is not the URL slug, giving the slug', () => {
		const problems = problemsOf({ ...good, title: 'Pantauan Udara Menuju Krayan' });
		expect(problems).toEqual([
			expect.stringMatching(
				/title: with "titleFrom: url-slug" the title must be the URL's slug \(its last path segment made of words\), "pantauan-udara-menuju-krayan-wilayah-terisolasi-di-perbatasan-ri-malaysia"/,
			),
		]);
	});

	it('refuses an event date that is "undated", and unknown values of titleFrom and dateFrom', () => {
		expect(problemsOf({ ...good, date: 'undated', dateFrom: 'event' })).toEqual([
			expect.stringMatching(/dateFrom: "dateFrom: event" needs the date of the event/),
		]);
		expect(problemsOf({ ...good, titleFrom: 'headline' })).toEqual([
			expect.stringMatching(/titleFrom: The only value of "titleFrom" is "url-slug"/),
		]);
		expect(problemsOf({ ...good, dateFrom: 'publication' })).toEqual([
			expect.stringMatching(/dateFrom: The only value of "dateFrom" is "event"/),
		]);
	});

	it('parses with the same rules when the collection loads it', () => {
		expect(sourceSchema.safeParse(good).success).toBe(true);
		expect(sourceSchema.safeParse({ ...good, url: 'https://x.org' }).success).toBe(false);
	});
});

describe('the rules across entries', () => {
	it('refuses two entries with one URL, naming both and keeping the first', () => {
		const other = { ...good, id: 'kompas-krayan-copy', url: good.url.replace('https://', 'http://') + '/' };
		expect(registryProblems([good, other])).toEqual([
			'source "kompas-krayan-copy", url: "' +
				other.url +
				'" is also the url of "kompas-krayan-2023-08-14". One article, one entry: keep "kompas-krayan-2023-08-14", cite it instead of "kompas-krayan-copy" and remove "kompas-krayan-copy".',
		]);
	});

	it('refuses two entries with one id', () => {
		const other = {
			...good,
			titleFrom: undefined,
			title: 'Headline',
			url: 'https://regional.kompas.com/read/2023/08/14/other',
		};
		expect(registryProblems([good, other])).toEqual([
			expect.stringMatching(/^source "kompas-krayan-2023-08-14", id: entries 1 and 2 share this id/),
		]);
	});

	it('finds no problem in the real registry, and no title there starts with "["', () => {
		const registry = parse(readFileSync(join(process.cwd(), 'src/content/sources.yaml'), 'utf8')) as {
			title: string;
		}[];
		expect(registryProblems(registry)).toEqual([]);
		expect(registry.filter((source) => source.title.startsWith('['))).toEqual([]);
	});
});
