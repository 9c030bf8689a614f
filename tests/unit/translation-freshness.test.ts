import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	contentHash,
	judgePair,
	markPair,
	withTranslatedFrom,
	type PagePair,
} from '../../src/lib/translations/translation-freshness';
import { findPairs, readPagePairs } from '../../src/lib/translations/translation-pairs';

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'translations');
const pairs = readPagePairs(fixtures);
const statusOf = (key: string) => judgePair(findPairs(pairs, key));

const page = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`;

describe('contentHash', () => {
	const original = page('title: A\nslug: a\nupdated: 2026-11-01\ntopics: [agreement]', 'Body text.[^1]\n\n[^1]: @x');

	it('ignores the date, the slug, YAML key order and trailing spaces', () => {
		const touched = page(
			'topics: [ agreement ]\nupdated: 2026-12-24\ntitle: "A"\nslug: b',
			'Body text.[^1]   \r\n\r\n[^1]: @x',
		);
		expect(contentHash(touched)).toBe(contentHash(original));
	});

	it('changes when the text, a citation or a title changes', () => {
		expect(
			contentHash(
				page('title: A\nslug: a\nupdated: 2026-11-01\ntopics: [agreement]', 'Body text changed.[^1]\n\n[^1]: @x'),
			),
		).not.toBe(contentHash(original));
		expect(
			contentHash(page('title: A\nslug: a\nupdated: 2026-11-01\ntopics: [agreement]', 'Body text.[^1]\n\n[^1]: @y')),
		).not.toBe(contentHash(original));
		expect(
			contentHash(page('title: B\nslug: a\nupdated: 2026-11-01\ntopics: [agreement]', 'Body text.[^1]\n\n[^1]: @x')),
		).not.toBe(contentHash(original));
	});

	it('names the file when there is no frontmatter', () => {
		expect(() => contentHash('no frontmatter', 'pages/id/x.md')).toThrow(
			/pages\/id\/x\.md: the file must start with frontmatter/,
		);
	});
});

describe('judging the fixture pairs', () => {
	it('finds a reviewed translation current', () => {
		expect(statusOf('current')).toMatchObject({ status: 'current', original: 'id', translation: 'en' });
	});

	it('finds a translation stale when its original changed after the review, and says what to run', () => {
		const report = statusOf('stale');
		expect(report).toMatchObject({
			status: 'stale',
			original: 'id',
			translation: 'en',
			updated: { id: '2026-11-20', en: '2026-11-02' },
		});
		expect(report.advice).toContain('npm run translations -- --mark stale');
	});

	it('works the other way round: an English original with an Indonesian translation', () => {
		expect(statusOf('english-first')).toMatchObject({ status: 'current', original: 'en', translation: 'id' });
	});

	it('reports a pair without any record as unreviewed, not as an error', () => {
		expect(statusOf('unreviewed').status).toBe('unreviewed');
	});

	it('reports a page without its other language as missing', () => {
		expect(statusOf('commodities/only-indonesian')).toMatchObject({ status: 'missing', translation: 'en' });
	});

	it('reports a pair where both sides claim to be the translation as a conflict', () => {
		const current = findPairs(pairs, 'current');
		const both: PagePair = {
			...current,
			files: {
				...current.files,
				id: { path: 'id.md', text: withTranslatedFrom(current.files.id?.text ?? '', 'aaaaaaaaaaaa', '2026-11-28') },
			},
		};
		expect(judgePair(both).status).toBe('conflict');
	});
});

describe('marking a review', () => {
	it('makes a stale translation current without touching its other lines', () => {
		const stale = findPairs(pairs, 'stale');
		const marked = markPair(stale, { today: '2026-11-28' });
		expect(marked.path).toBe(stale.files.en?.path);
		const after = judgePair({ ...stale, files: { ...stale.files, en: marked } });
		expect(after.status).toBe('current');
		expect(marked.text).toContain('reviewed: 2026-11-28');
		const withoutRecord = (text: string) => text.replace(/translatedFrom:[\s\S]*?(?=---)/, '');
		expect(withoutRecord(marked.text)).toBe(withoutRecord(stale.files.en?.text ?? ''));
	});

	it('records an unreviewed pair with Indonesian as the original unless told otherwise', () => {
		const pair = findPairs(pairs, 'unreviewed');
		expect(markPair(pair, { today: '2026-11-28' }).path).toBe(pair.files.en?.path);
		expect(markPair(pair, { today: '2026-11-28', original: 'en' }).path).toBe(pair.files.id?.path);
	});

	it('refuses to mark a page without its translation', () => {
		expect(() => markPair(findPairs(pairs, 'only-indonesian'), { today: '2026-11-28' })).toThrow(
			/has no English version/,
		);
	});
});

describe('findPairs', () => {
	it('accepts a key, a collection and key, or a file path', () => {
		expect(findPairs(pairs, 'stale').key).toBe('stale');
		expect(findPairs(pairs, 'pages/stale').key).toBe('stale');
		expect(findPairs(pairs, 'src/content/pages/en/stale.md').key).toBe('stale');
	});

	it('suggests close names when nothing matches', () => {
		expect(() => findPairs(pairs, 'stal')).toThrow(/Did you mean pages\/stale/);
	});
});
