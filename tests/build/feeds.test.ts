import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, fileOfPath, loadPage } from '../helpers/dist';

assertBuilt();

const feeds = [
	{ locale: 'id', file: 'feed.xml', page: '/pembaruan/', launch: 'Sinergi Kalimantan terbit' },
	{ locale: 'en', file: 'en/feed.xml', page: '/en/updates/', launch: 'Sinergi Kalimantan launched' },
] as const;

type AtomEntry = { title: string | { '#text': string }; id: string; updated: string; link: { '@_href': string }[] };
const textOf = (value: AtomEntry['title']) => (typeof value === 'string' ? value : value['#text']);

describe.each(feeds)('the $locale Atom feed', ({ locale, file, page, launch }) => {
	const xml = readFileSync(join(distDir, file), 'utf8');
	const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(
		xml,
	).feed;

	it('is well-formed XML in the Atom namespace and the right language', () => {
		expect(SyntaxValidator.validate(xml)).toBe(true);
		expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed['@_xml:lang']).toBe(locale);
	});

	it('has the elements Atom requires: id, title, updated, an author and a self link', () => {
		expect(feed.id).toMatch(/^https?:\/\//);
		expect(String(feed.title).length).toBeGreaterThan(5);
		expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
		expect(feed.author.name).toBeTruthy();
		expect(
			feed.link.some(
				(link: { '@_rel': string; '@_href': string }) => link['@_rel'] === 'self' && link['@_href'].endsWith(file),
			),
		).toBe(true);
	});

	it('has entries in its language, each with a unique id, a date and a link to the updates page', () => {
		const entries: AtomEntry[] = feed.entry;
		expect(entries.map((entry) => textOf(entry.title))).toContain(launch);
		expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
		for (const entry of entries) {
			expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
			const href = entry.link[0]?.['@_href'] ?? '';
			expect(new URL(href).pathname).toBe(page);
			const target = loadPage(fileOfPath(page) as string)(`[id="${new URL(href).hash.slice(1)}"]`);
			expect(target.text()).toContain(textOf(entry.title));
		}
	});

	it('is linked from the head of every page of its language', () => {
		const $ = loadPage(fileOfPath(page) as string);
		expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(`/${file}`);
	});
});
