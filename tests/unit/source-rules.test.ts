import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isSiteRoot, isSlugTitle, registryProblems, sourceSchema, urlSlug } from '../../src/lib/sources/source-rules';

/** A valid entry to break one field at a time. */
const good = {
	id: 'kompas-krayan-2023-08-14',
	title: 'Pantauan Udara Menuju Krayan, Wilayah Terisolasi di Perbatasan RI-Malaysia',
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

describe('isSlugTitle', () => {
	it('is true for the slug, a path segment of words or digits, a query, and words joined by "-"', () => {
		expect(isSlugTitle('small-woodlots', 'https://www.talkingtrees.com.au/tag/small-woodlots/')).toBe(true);
		expect(isSlugTitle('?p=70720', 'https://insitekaltim.com/?p=70720')).toBe(true);
		expect(isSlugTitle('1325811', 'https://dev-jdihn.bphn.go.id/doc/1325811')).toBe(true);
		expect(isSlugTitle('cegah-kegiatan-ilegal', 'https://benuanta.co.id/2022/02/06/cegah-kegiatan-ilegal/68186')).toBe(
			true,
		);
		expect(isSlugTitle('beras-adan-krayan.html', 'https://x.blogspot.com/2012/05/other.html')).toBe(true);
	});

	it('is false for a headline, and for a file name that names the document as its site shows it', () => {
		expect(isSlugTitle('Kerja Sama Daerah', 'https://peraturan.info/pp/2018/28')).toBe(false);
		expect(isSlugTitle('Koreksi Pasal 6', 'https://pasal.id/peraturan/uu/uu-no-21-tahun-2023/koreksi/5835435')).toBe(
			false,
		);
		expect(
			isSlugTitle('LICENSE.md', 'https://github.com/lonelyplanet/natural-earth-vector/blob/master/LICENSE.md'),
		).toBe(false);
		expect(isSlugTitle('RI-Malaysia', 'https://x.org/ri-malaysia')).toBe(false);
	});
});

describe('the schema of one entry', () => {
	it('accepts a full entry, an entry without a headline, a partial date, "undated" and an event date', () => {
		expect(problemsOf(good)).toEqual([]);
		const { title: _title, ...headlineless } = good;
		expect(problemsOf(headlineless)).toEqual([]);
		expect(problemsOf({ ...good, date: '2023-08' })).toEqual([]);
		expect(problemsOf({ ...good, date: 'undated' })).toEqual([]);
		expect(problemsOf({ ...good, dateFrom: 'event' })).toEqual([]);
	});

	it('refuses a site home page as the URL, naming the entry, the field and the fix', () => {
		const [problem] = problemsOf({ ...good, title: 'Headline', url: 'https://setkab.go.id/' });
		expect(problem).toMatch(
			/^source "kompas-krayan-2023-08-14", url: "https:\/\/setkab\.go\.id\/" is a site's home page, not the article\. Link the article itself/,
		);
	});

	it('refuses a title in brackets', () => {
		const problems = problemsOf({ ...good, title: '[Laporan tentang Krayan]' });
		expect(problems).toEqual([
			expect.stringMatching(/^source "kompas-krayan-2023-08-14", title: .*description in brackets.*remove "title"/),
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

	it('refuses a title that is the URL slug, a ?p= query or a numeric segment, and says to remove it', () => {
		for (const [title, url] of [
			['pantauan-udara-menuju-krayan-wilayah-terisolasi-di-perbatasan-ri-malaysia', good.url],
			['?p=27549', 'https://mahakata.com/?p=27549'],
			['1325811', 'https://dev-jdihn.bphn.go.id/doc/1325811'],
		]) {
			expect(problemsOf({ ...good, title, url }), title).toEqual([
				expect.stringMatching(
					/title: ".*" is the article's address \(its URL slug\), not its headline\. Write the headline as published; if it is not known, remove "title"/,
				),
			]);
		}
	});

	it('refuses the retired "titleFrom", naming the fix', () => {
		expect(problemsOf({ ...good, titleFrom: 'url-slug' })).toEqual([
			expect.stringMatching(/titleFrom: "titleFrom" is no longer used.*Remove "titleFrom"/),
		]);
	});

	it('refuses an event date that is "undated", and an unknown value of dateFrom', () => {
		expect(problemsOf({ ...good, date: 'undated', dateFrom: 'event' })).toEqual([
			expect.stringMatching(/dateFrom: "dateFrom: event" needs the date of the event/),
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
			title: 'Headline',
			url: 'https://regional.kompas.com/read/2023/08/14/other',
		};
		expect(registryProblems([good, other])).toEqual([
			expect.stringMatching(/^source "kompas-krayan-2023-08-14", id: entries 1 and 2 share this id/),
		]);
	});

	it('finds no problem in the real registry, and no title there starts with "["', () => {
		const registry = parse(readFileSync(join(process.cwd(), 'src/content/sources.yaml'), 'utf8')) as {
			title?: string;
		}[];
		expect(registryProblems(registry)).toEqual([]);
		expect(registry.filter((source) => source.title?.startsWith('['))).toEqual([]);
	});
});
