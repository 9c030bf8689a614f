import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { registryPartText } from '../../src/lib/sources/registry-part-text';
import {
	dateSpan,
	groupOfKind,
	MAX_PER_PART,
	registryGroupKeys,
	registryGroupKinds,
	splitRegistry,
	type SplittableSource,
} from '../../src/lib/sources/registry-parts';
import { sourceKinds, type SourceKind } from '../../src/lib/sources/source-rules';

const registry = parse(readFileSync(join(process.cwd(), 'src/content/sources.yaml'), 'utf8')) as SplittableSource[];

/** `n` made-up sources of one kind, dated one day apart from 1 January 2020, the first `undated` of them undated. */
function made(kind: SourceKind, n: number, undated = 0): SplittableSource[] {
	return Array.from({ length: n }, (_, index) => ({
		id: `${kind}-${String(index).padStart(3, '0')}`,
		kind,
		date: index < undated ? 'undated' : new Date(Date.UTC(2020, 0, 1 + index)).toISOString().slice(0, 10),
	}));
}

describe('splitting the registry', () => {
	it('puts every kind in exactly one group', () => {
		for (const kind of sourceKinds) {
			expect(
				registryGroupKeys.filter((group) => registryGroupKinds[group].includes(kind)),
				kind,
			).toEqual([groupOfKind(kind)]);
		}
	});

	it('lists every source of the real registry in exactly one part, none over the maximum', () => {
		const parts = splitRegistry(registry);
		const listed = parts.flatMap((part) => part.sources.map((source) => source.id));
		expect([...listed].sort()).toEqual(registry.map((source) => source.id).sort());
		for (const part of parts) expect(part.sources.length, part.key).toBeLessThanOrEqual(MAX_PER_PART);
	});

	it('splits a long group into numbered parts of near-equal length, kind by kind, oldest first, undated last', () => {
		const parts = splitRegistry([...made('news', 7, 2), ...made('reference', 2), ...made('official', 1, 1)], 3);
		expect(parts.map((part) => [part.key, part.number, part.of, part.sources.length])).toEqual([
			['official-1', 1, 1, 3],
			['news-1', 1, 3, 3],
			['news-2', 2, 3, 2],
			['news-3', 3, 3, 2],
		]);
		expect(parts[0]?.sources.map((source) => source.id)).toEqual(['official-000', 'reference-000', 'reference-001']);
		const news = parts.slice(1).flatMap((part) => part.sources.map((source) => source.date));
		expect(news.slice(0, 5)).toEqual([...news.slice(0, 5)].sort());
		expect(news.slice(5)).toEqual(['undated', 'undated']);
	});

	it('gives the same parts whatever the order of the file', () => {
		const sources = [...made('news', 10, 3), ...made('official', 4)];
		expect(splitRegistry([...sources].reverse(), 4)).toEqual(splitRegistry(sources, 4));
	});

	it('adds a part when a group outgrows its pages, and makes none for an empty group', () => {
		expect(splitRegistry(made('news', 45), 45).map((part) => part.key)).toEqual(['news-1']);
		expect(splitRegistry(made('news', 46), 45).map((part) => part.key)).toEqual(['news-1', 'news-2']);
	});

	it('names the dates a part spans', () => {
		expect(dateSpan([{ date: '2025-08-07' }, { date: 'undated' }, { date: '2012' }])).toEqual({
			first: '2012',
			last: '2025-08-07',
			undated: 1,
		});
		expect(dateSpan([{ date: 'undated' }])).toEqual({ undated: 1 });
	});
});

describe('what a part is called', () => {
	it('names a part by its group, its number and its dates, in each language', () => {
		const [first, second] = splitRegistry(made('news', 4, 1), 2);
		if (!first || !second) throw new Error('expected two parts');
		const id = registryPartText(first, 3, 'id');
		expect(id.title).toBe('Daftar sumber: Berita dan opini, bagian 1 dari 2');
		expect(id.detail).toBe('2 sumber (2 berita), 2 Januari 2020 sampai 3 Januari 2020');
		expect(registryPartText(second, 3, 'id').detail).toBe('2 sumber (2 berita), 4 Januari 2020, 1 tanpa tanggal');
		const en = registryPartText(first, 3, 'en');
		expect(en.label).toBe('News and opinion, part 1 of 2');
		expect([id.navLabel, en.navLabel]).toEqual(['Berita 1', 'News 1']);
		expect(en.summary).toContain('one of the 3 parts');
	});

	it('counts each kind of a group of several kinds', () => {
		const [part] = splitRegistry([...made('official', 2), ...made('reference', 1)]);
		if (!part) throw new Error('expected one part');
		expect(registryPartText(part, 1, 'id').navLabel).toBe('Resmi & rujukan');
		expect(registryPartText(part, 1, 'en').detail).toBe(
			'3 sources (2 official, 1 reference), 1 January 2020 to 2 January 2020',
		);
	});

	it('keeps every description within 160 characters, also once every group has many parts', () => {
		const big = [...made('official', 400), ...made('news', 900)];
		for (const sources of [registry, big]) {
			const parts = splitRegistry(sources);
			for (const part of parts) {
				for (const locale of ['id', 'en'] as const) {
					expect(
						registryPartText(part, parts.length, locale).description.length,
						`${part.key} (${locale})`,
					).toBeLessThanOrEqual(160);
				}
			}
		}
	});
});
