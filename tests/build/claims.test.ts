import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages, loadPage, pathOfFile } from '../helpers/dist';
import { indexedFragments } from '../helpers/pagefind-index';

assertBuilt();

/** FACTS.md section F, version 3: the six claims and their ratings, exactly. */
const EXPECTED_CLAIMS = {
	CL1: 'tidak-didukung',
	CL2: 'tidak-didukung',
	CL3: 'tidak-didukung',
	CL4: 'sebagian',
	CL5: 'sebagian',
	CL6: 'sesuai',
};
/** FACTS.md section F: the eight commitments and their status. */
const EXPECTED_COMMITMENTS = {
	K1: 'belum-ada-laporan',
	K2: 'langkah-awal',
	K3: 'belum-ada-laporan',
	K4: 'belum-ada-laporan',
	K5: 'belum-ada-laporan',
	K6: 'belum-ada-laporan',
	K7: 'belum-ada-laporan',
	K8: 'terlalu-samar',
};

interface DataFile {
	records: Record<string, string | string[] | null>[];
	fields: { name: string; values?: string[] }[];
}
const readJson = (name: string): DataFile =>
	JSON.parse(readFileSync(join(distDir, 'data', `${name}.json`), 'utf8')) as DataFile;

describe('claims and commitments', () => {
	it('publish each claim of FACTS.md F once, with its rating', () => {
		const records = readJson('claims').records;
		expect(Object.fromEntries(records.map((record) => [record['id'], record['rating']]))).toEqual(EXPECTED_CLAIMS);
		expect(records).toHaveLength(6);
	});

	it('publish each commitment of FACTS.md F once, with its status', () => {
		const records = readJson('commitments').records;
		expect(Object.fromEntries(records.map((record) => [record['id'], record['rating']]))).toEqual(EXPECTED_COMMITMENTS);
		expect(records).toHaveLength(8);
	});

	it('round-trip the claims and commitments CSV files through a CSV parser, scales included', () => {
		for (const name of ['claims', 'commitments']) {
			const json = readJson(name);
			const rows = parseCsv(readFileSync(join(distDir, 'data', `${name}.csv`), 'utf8'), { bom: true }) as string[][];
			const [header = [], ...body] = rows;
			expect(header).toEqual(json.fields.map((field) => field.name));
			expect(body).toHaveLength(json.records.length);
			body.forEach((row, index) => {
				const record = json.records[index] ?? {};
				header.forEach((column, at) => {
					const value = record[column];
					expect(row[at]).toBe(Array.isArray(value) ? value.join('; ') : (value ?? ''));
				});
			});
			expect(json.fields.find((field) => field.name === 'rating')?.values?.length).toBeGreaterThanOrEqual(4);
		}
	});

	it('show the claim box on every page that quotes "Rp98 juta" / "Rp98 million"', () => {
		// Not quotations: the search page lists every page by title (the kratom title names the figure with its
		// verdict), the open-data page lists every data set by title (the kratom chart's names the figure as a
		// claim), and the updates and corrections pages keep dated change notes of earlier corrections.
		const listings = new Set([
			'/cari/',
			'/en/search/',
			'/data-terbuka/',
			'/en/open-data/',
			'/pembaruan/',
			'/en/updates/',
			'/koreksi/',
			'/en/corrections/',
		]);
		const quoting = listPages().filter((file) => {
			if (listings.has(pathOfFile(file))) return false;
			// A fresh parse: loadPage caches its pages, and this one is cut down.
			const $ = load(readFileSync(join(distDir, file), 'utf8'));
			$('.claim-box, script, .fact-checks, .fact-check-list').remove();
			return /Rp\s?98 (juta|million)/i.test($('main').text());
		});
		const missing = quoting.filter((file) => loadPage(file)('[data-claim="CL1"]').length === 0);
		expect(quoting.length).toBeGreaterThan(5);
		expect(missing.map(pathOfFile)).toEqual([]);
	});

	it('carry ClaimReview JSON-LD that parses and names each rating', () => {
		for (const [page, label] of [
			['cek-fakta/index.html', 'Tidak didukung sumber'],
			['en/fact-checks/index.html', 'Not supported by the sources'],
		] as const) {
			const $ = loadPage(page);
			const reviews = $('script[type="application/ld+json"]')
				.toArray()
				.map((node) => JSON.parse($(node).text()) as Record<string, unknown>)
				.filter((node) => node['@type'] === 'ClaimReview');
			expect(reviews).toHaveLength(6);
			const first = reviews[0] as {
				author: { name: string };
				itemReviewed: { author: { name: string }; datePublished: string };
				reviewRating: { alternateName: string; ratingValue: number };
				url: string;
			};
			expect(first.reviewRating.alternateName).toBe(label);
			expect(first.reviewRating.ratingValue).toBe(1);
			expect(first.itemReviewed.author.name).toMatch(/Rudy Mas'ud/);
			expect(first.itemReviewed.datePublished).toBe('2025-08-07');
			expect(first.author.name).toBe('Sinergi Kalimantan');
			expect(first.url).toMatch(/#cl1$/);
		}
	});

	it('give every claim and commitment its own anchor and a share text with its link', () => {
		const checks = loadPage('cek-fakta/index.html');
		for (const id of Object.keys(EXPECTED_CLAIMS)) {
			const check = checks(`#${id.toLowerCase()}`);
			expect(check.length, id).toBe(1);
			expect(check.find('.share-text pre').text()).toMatch(new RegExp(`#${id.toLowerCase()}$`));
		}
		const tracker = loadPage('sejak-penandatanganan/index.html');
		for (const id of Object.keys(EXPECTED_COMMITMENTS)) {
			const section = tracker(`#${id.toLowerCase()}`);
			expect(section.length, id).toBe(1);
			expect(section.find('.share-text pre').text().length).toBeLessThan(400);
		}
		expect(tracker('#k2 .commitment__context').text()).toMatch(/tidak dikaitkan dengan kesepakatan/);
	});
});

describe('search', () => {
	it('indexes every claim by its words and every commitment by its area', () => {
		const fragments = indexedFragments();
		const text = (path: string): string => fragments.get(path)?.content ?? '';
		const claims = readJson('claims').records;
		const commitments = readJson('commitments').records;
		for (const claim of claims) {
			const words = String(claim['words']).slice(0, 40);
			expect(text('/cek-fakta/'), String(claim['id'])).toContain(words);
		}
		for (const commitment of commitments) {
			expect(text('/sejak-penandatanganan/'), String(commitment['id'])).toContain(String(commitment['area_id']));
			expect(text('/en/since-the-signing/'), String(commitment['id'])).toContain(String(commitment['area_en']));
		}
	});
});
