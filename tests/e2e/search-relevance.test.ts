import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { assertBuilt, fileOfPath } from '../helpers/dist';
import { openSearchDialog, searchFor } from '../helpers/search';
import { serveDist, type StaticServer } from '../helpers/server';
import { joinBase } from '../../src/i18n/urls';
import { type Locale } from '../../src/i18n/locales';

assertBuilt();

/**
 * The relevance table: a query typed on one language's site, the page a reader
 * expects, and how high it must rank (1 = first). Rows whose page is not built
 * yet are skipped and name the missing page; they run as soon as it exists.
 */
const table: { query: string; page: string; within: number }[] = [
	// Indonesian site
	{ query: 'kepiting', page: '/komoditas/kepiting-bakau/', within: 1 },
	{ query: 'kepiting bakau', page: '/komoditas/kepiting-bakau/', within: 1 },
	{ query: 'beras krayan', page: '/komoditas/beras-krayan/', within: 1 },
	{ query: 'kelapa sawit', page: '/komoditas/kelapa-sawit/', within: 1 },
	{ query: 'paulownia', page: '/komoditas/paulownia/', within: 1 },
	{ query: 'kratom', page: '/komoditas/kratom/', within: 1 },
	{ query: 'udang', page: '/komoditas/udang/', within: 1 },
	{ query: 'kerang', page: '/komoditas/kerang/', within: 1 },
	{ query: 'ekspor UMKM', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'UMKM', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'pengekspor', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'Export Center Balikpapan', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'ekonomi hijau', page: '/ekonomi-hijau/', within: 1 },
	{ query: 'ekonomi biru', page: '/ekonomi-biru/', within: 1 },
	{ query: 'ekonomi perbatasan', page: '/ekonomi-perbatasan/', within: 1 },
	{ query: 'Ibu Kota Nusantara', page: '/solidaritas-regional-ikn/', within: 3 },
	{ query: 'naskah kesepakatan', page: '/kesepakatan/', within: 3 },
	{ query: 'Kesepakatan Bersama', page: '/kesepakatan/', within: 3 },
	{ query: 'glosarium', page: '/glosarium/', within: 1 },
	{ query: 'lini masa', page: '/lini-masa/', within: 1 },
	{ query: 'tanya jawab', page: '/tanya-jawab/', within: 1 },
	// What investors type, in English on the Indonesian site too (glossary aliases and page keywords)
	{ query: 'GDP', page: '/ekonomi-dua-provinsi/', within: 3 },
	{ query: 'GRDP', page: '/ekonomi-dua-provinsi/', within: 3 },
	// Within 4 since citation lines left the index (issue 24): the glossary, no longer lengthened by its
	// "Sumber:" lines, now ranks first with its PDRB (GDP) entry, above the investor page's two mentions.
	{ query: 'GDP', page: '/untuk-investor/', within: 4 },
	{ query: 'exports', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'port', page: '/perdagangan-ekspor/', within: 3 },
	{ query: 'exchange rate', page: '/ekonomi-dua-provinsi/', within: 3 },
	{ query: 'USD', page: '/ekonomi-dua-provinsi/', within: 3 },
	{ query: 'investor', page: '/untuk-investor/', within: 1 },
	// English site
	{ query: 'mud crab', page: '/en/commodities/mud-crab/', within: 1 },
	{ query: 'kepiting', page: '/en/commodities/mud-crab/', within: 3 },
	{ query: 'Krayan rice', page: '/en/commodities/krayan-rice/', within: 1 },
	{ query: 'oil palm', page: '/en/commodities/oil-palm/', within: 1 },
	{ query: 'paulownia', page: '/en/commodities/paulownia/', within: 1 },
	{ query: 'kratom', page: '/en/commodities/kratom/', within: 1 },
	{ query: 'shrimp', page: '/en/commodities/shrimp/', within: 1 },
	{ query: 'shellfish', page: '/en/commodities/clams/', within: 1 },
	{ query: 'MSME', page: '/en/trade-export/', within: 3 },
	{ query: 'UMKM', page: '/en/trade-export/', within: 3 },
	{ query: 'exporters', page: '/en/trade-export/', within: 3 },
	{ query: 'green economy', page: '/en/green-economy/', within: 1 },
	{ query: 'blue economy', page: '/en/blue-economy/', within: 1 },
	{ query: 'border economy', page: '/en/border-economy/', within: 1 },
	{ query: 'Nusantara capital', page: '/en/regional-solidarity-ikn/', within: 3 },
	{ query: 'text of the agreement', page: '/en/agreement/', within: 3 },
	{ query: 'joint agreement', page: '/en/agreement/', within: 3 },
	{ query: 'glossary', page: '/en/glossary/', within: 1 },
	{ query: 'timeline', page: '/en/timeline/', within: 1 },
	{ query: 'frequently asked questions', page: '/en/faq/', within: 3 },
	{ query: 'GDP', page: '/en/economy/', within: 3 },
	{ query: 'GRDP', page: '/en/economy/', within: 3 },
	{ query: 'GDP', page: '/en/for-investors/', within: 3 },
	{ query: 'exports', page: '/en/trade-export/', within: 3 },
	{ query: 'port', page: '/en/trade-export/', within: 3 },
	{ query: 'exchange rate', page: '/en/economy/', within: 3 },
	{ query: 'USD', page: '/en/economy/', within: 3 },
	{ query: 'investors', page: '/en/for-investors/', within: 1 },
];

let server: StaticServer;
let browser: Browser;
const pages: Partial<Record<Locale, Page>> = {};

/** One page per language with the dialog open, reused for every query of that language. */
async function searchPage(language: Locale): Promise<Page> {
	let page = pages[language];
	if (!page) {
		page = await browser.newPage();
		await page.goto(`${server.root}${language === 'en' ? 'en/' : ''}`);
		await openSearchDialog(page);
		pages[language] = page;
	}
	return page;
}

beforeAll(async () => {
	server = await serveDist();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('relevance', () => {
	for (const { query, page: expected, within } of table) {
		const language = expected.startsWith('/en/') ? 'en' : 'id';
		it(`${language}: "${query}" ranks ${expected} ${within === 1 ? 'first' : `in the top ${within}`}`, async () => {
			expect(fileOfPath(expected), `${expected} is built`).toBeDefined();
			const paths = await searchFor(await searchPage(language), query);
			const rank = paths.indexOf(joinBase(new URL(server.root).pathname, expected)) + 1;
			expect(rank, `results: ${paths.join(', ')}`).toBeGreaterThan(0);
			expect(rank, `results: ${paths.join(', ')}`).toBeLessThanOrEqual(within);
		});
	}
});

describe('one language per site', () => {
	it('finds only Indonesian pages on the Indonesian site and only English pages on the English site', async () => {
		const id = await searchFor(await searchPage('id'), 'Kaltara');
		const en = await searchFor(await searchPage('en'), 'Kaltara');
		expect(id.length).toBeGreaterThan(0);
		expect(en.length).toBeGreaterThan(0);
		expect(id.filter((path) => path.startsWith('/en/'))).toEqual([]);
		expect(en.filter((path) => !path.startsWith('/en/'))).toEqual([]);
	});
});

describe('stemming', () => {
	/** The highlighted words of the results, lower-cased. */
	const marks = (page: Page): Promise<string[]> =>
		page.$$eval('dialog .search-results mark', (nodes) => nodes.map((node) => (node.textContent ?? '').toLowerCase()));

	it('Indonesian: "pengekspor" finds pages that say "ekspor"', async () => {
		const page = await searchPage('id');
		expect((await searchFor(page, 'pengekspor')).length).toBeGreaterThan(0);
		expect((await marks(page)).some((word) => /^ekspor\b/.test(word))).toBe(true);
	});

	it('Indonesian: "perkebunan" finds pages that say "kebun"', async () => {
		const page = await searchPage('id');
		expect((await searchFor(page, 'perkebunan')).length).toBeGreaterThan(0);
		expect((await marks(page)).some((word) => word.includes('kebun'))).toBe(true);
	});

	it('English: "signed" finds pages that say "signing"', async () => {
		const page = await searchPage('en');
		expect((await searchFor(page, 'signed')).length).toBeGreaterThan(0);
		expect((await marks(page)).some((word) => /^signing\b/.test(word))).toBe(true);
	});
});
