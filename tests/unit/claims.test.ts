import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { parseEntries, sourceProblems } from '../../src/lib/claims/claim-rules';
import { claimSchema, commitmentSchema } from '../../src/lib/claims/claim-schemas';
import { ratedAsOfText, ratingChanges, shareText, SHARE_TEXT_LIMIT } from '../../src/lib/claims/rating-text';
import { remarkClaims } from '../../src/lib/markdown/remark-claims';
import type { Root } from 'mdast';

const FILE = 'src/content/claims.yaml';
const realClaims = parse(readFileSync('src/content/claims.yaml', 'utf8')) as Record<string, unknown>[];
const realCommitments = parse(readFileSync('src/content/commitments.yaml', 'utf8')) as Record<string, unknown>[];
const firstClaim = (): Record<string, unknown> => structuredClone(realClaims[0] as Record<string, unknown>);
const firstCommitment = (): Record<string, unknown> => structuredClone(realCommitments[1] as Record<string, unknown>);

describe('claim and commitment schemas', () => {
	it('accept the real files', () => {
		expect(parseEntries(FILE, realClaims, claimSchema).problems).toEqual([]);
		expect(parseEntries('src/content/commitments.yaml', realCommitments, commitmentSchema).problems).toEqual([]);
	});

	it('reject an unknown rating, naming file, entry and field', () => {
		const claim = { ...firstClaim(), rating: 'benar' };
		const { problems } = parseEntries(FILE, [claim], claimSchema);
		expect(problems.join('\n')).toMatch(
			/src\/content\/claims\.yaml: entry "CL1", field "rating": Unknown rating "benar"/,
		);
	});

	it('reject a reason missing in one language', () => {
		const claim = firstClaim();
		claim['reason'] = { id: 'Alasan.' };
		const { problems } = parseEntries(FILE, [claim], claimSchema);
		expect(problems.join('\n')).toMatch(/entry "CL1", field "reason\.en": Write the one-line reason in English/);
	});

	it('reject a rating history out of order', () => {
		const commitment = firstCommitment();
		commitment['history'] = [
			{ date: '2026-03-31', rating: 'langkah-awal' },
			{ date: '2026-01-15', rating: 'langkah-awal' },
		];
		const { problems } = parseEntries('src/content/commitments.yaml', [commitment], commitmentSchema);
		expect(problems.join('\n')).toMatch(
			/commitments\.yaml: entry "K2", field "history\[1\]\.date": The rating history must run oldest first/,
		);
	});

	it('reject a history whose last entry is not the current rating', () => {
		const commitment = { ...firstCommitment(), history: [{ date: '2026-03-31', rating: 'berjalan' }] };
		const { problems } = parseEntries('src/content/commitments.yaml', [commitment], commitmentSchema);
		expect(problems.join('\n')).toMatch(/field "history\[0\]": The last history entry must be the current rating/);
	});

	it('reject an evidence id that is not in the registry, naming file, entry and field', () => {
		const claims = parseEntries(
			FILE,
			[{ ...firstClaim(), evidence: ['diskominfo-kaltim-2025', 'no-such-source'] }],
			claimSchema,
		).entries;
		const commitments = parseEntries('src/content/commitments.yaml', [firstCommitment()], commitmentSchema).entries;
		const known = new Set(['diskominfo-kaltim-2025', 'insitekaltim-2025', 'merdeka-teten-kratom-ekstrak-2024-09-17']);
		const problems = sourceProblems(claims, commitments, known).join('\n');
		expect(problems).toMatch(
			/src\/content\/claims\.yaml: entry "CL1", field "evidence\[1\]": source "no-such-source" is not in src\/content\/sources\.yaml/,
		);
		expect(problems).toMatch(
			/commitments\.yaml: entry "K2", field "evidence\[0\]\.sources\[0\]": source "bisnis-jalan-perbatasan-2025-04-28"/,
		);
	});

	it('reject a duplicate id', () => {
		const { problems } = parseEntries(FILE, [firstClaim(), firstClaim()], claimSchema);
		expect(problems.join('\n')).toMatch(/entry "CL1" appears twice/);
	});
});

describe('rating texts', () => {
	it('dates a rating as "per awal 2026" / "as of early 2026"', () => {
		expect(ratedAsOfText('2026-03-31', 'id')).toBe('per awal 2026');
		expect(ratedAsOfText('2026-03-31', 'en')).toBe('as of early 2026');
	});

	it('finds a change only when the rating changes', () => {
		expect(ratingChanges('K2', [{ date: '2026-03-31', rating: 'langkah-awal' }])).toEqual([]);
		expect(
			ratingChanges('K2', [
				{ date: '2026-03-31', rating: 'langkah-awal' },
				{ date: '2026-09-30', rating: 'berjalan' },
			]),
		).toEqual([{ id: 'K2', date: '2026-09-30', from: 'langkah-awal', to: 'berjalan' }]);
	});

	it('writes a share text with the verdict, one line and the link, and refuses one too long', () => {
		const text = shareText({
			locale: 'id',
			rating: 'sesuai',
			kind: 'Cek fakta CL6',
			line: 'Baris.',
			link: 'https://x.example/cek-fakta/#cl6',
		});
		expect(text).toBe('Cek fakta CL6: SESUAI SUMBER\nBaris.\nhttps://x.example/cek-fakta/#cl6');
		expect(() =>
			shareText({
				locale: 'id',
				rating: 'sesuai',
				kind: 'K',
				line: 'x'.repeat(SHARE_TEXT_LIMIT),
				link: 'https://x.example/',
			}),
		).toThrow(/shorten its headline/);
	});
});

describe('[claim:ID] in Markdown', () => {
	const root = mkdtempSync(join(tmpdir(), 'claims-'));
	for (const locale of ['id', 'en']) {
		mkdirSync(join(root, 'pages', locale), { recursive: true });
		writeFileSync(
			join(root, 'pages', locale, 'fact-checks.md'),
			`---\nslug: ${locale === 'id' ? 'cek-fakta' : 'fact-checks'}\n---\n`,
		);
	}
	const run = (markdown: string, path = 'src/content/pages/id/example.md', pagesDir = join(root, 'pages')): Root => {
		const processor = unified().use(remarkParse).use(remarkClaims, { claimsPath: 'src/content/claims.yaml', pagesDir });
		const file = new VFile({ path: join(process.cwd(), path), value: markdown });
		return processor.runSync(processor.parse(file), file) as Root;
	};

	it('renders the claim box with the verdict and the link to the check', () => {
		const json = JSON.stringify(run('Gubernur menyebut harganya:\n\n[claim:CL1]\n'));
		expect(json).toContain('Tidak didukung sumber');
		expect(json).toContain('/cek-fakta/#cl1');
		expect(json).toContain('Rp98 juta per kilogram');
	});

	it('links to the fact-check page when it is written as MDX', () => {
		const mdxRoot = mkdtempSync(join(tmpdir(), 'claims-mdx-'));
		for (const [locale, slug] of [
			['id', 'cek-fakta-mdx'],
			['en', 'fact-checks-mdx'],
		] as const) {
			mkdirSync(join(mdxRoot, 'pages', locale), { recursive: true });
			writeFileSync(join(mdxRoot, 'pages', locale, 'fact-checks.mdx'), `---\nslug: ${slug}\n---\n`);
		}
		const json = JSON.stringify(run('[claim:CL1]\n', undefined, join(mdxRoot, 'pages')));
		expect(json).toContain('/cek-fakta-mdx/#cl1');
	});

	it('stops on an unknown id, naming the file', () => {
		expect(() => run('[claim:CL9]\n')).toThrow(/src\/content\/pages\/id\/example\.md: \[claim:CL9\] names no claim/);
	});

	it('stops when a page quotes a rated claim without showing it, naming the file', () => {
		expect(() => run('Harganya bisa mencapai Rp98 juta per kilogram.\n', 'src/content/pages/en/example.md')).toThrow(
			/src\/content\/pages\/en\/example\.md: the page quotes claim CL1 \("Rp98 juta"\) without showing it/,
		);
	});
});
