import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';

/**
 * An editor's workflow on a copy of the project: scaffold a page with
 * `npm run new`, record a translation review, change the original, and build.
 * Runs the real scripts and the real Astro build in a temporary folder.
 */
const root = process.cwd();
let work: string;

function run(args: string[], input = '') {
	const result = spawnSync(process.execPath, args, {
		cwd: work,
		input,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const script = (name: string, ...args: string[]) =>
	run([join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join('scripts', `${name}.ts`), ...args]);
const build = () => run([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
const page = (path: string) => load(readFileSync(join(work, 'dist', path, 'index.html'), 'utf8'));
const file = (path: string) => join(work, 'src', 'content', path);

const newPage = [
	'page',
	'border-trade',
	'--title-id',
	'Perdagangan perbatasan',
	'--title-en',
	'Border trade',
	'--slug-id',
	'perdagangan-perbatasan',
	'--slug-en',
	'border-trade',
	'--description-id',
	'Cara kerja perdagangan di perbatasan Kaltara.',
	'--description-en',
	'How trade at the Kaltara border works.',
	'--summary-id',
	'Halaman tentang perdagangan perbatasan.',
	'--summary-en',
	'A page about border trade.',
	'--topics',
	'border',
];

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'sinergi-editor-'));
	for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts'])
		cpSync(join(root, name), join(work, name), { recursive: true });
	if (existsSync(join(root, 'public'))) cpSync(join(root, 'public'), join(work, 'public'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run new', () => {
	it('stops with the missing flags when it cannot ask', () => {
		const result = script('new', 'page', 'border-trade', '--title-id', 'Perdagangan perbatasan');
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/missing --title-en, --slug-id/);
	});

	it('creates both languages and says what to do next', () => {
		const result = script('new', ...newPage);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('Next steps');
		expect(existsSync(file('pages/id/border-trade.md'))).toBe(true);
		expect(existsSync(file('pages/en/border-trade.md'))).toBe(true);
	});

	it('refuses to overwrite', () => {
		const result = script('new', ...newPage);
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/already exist/);
	});

	it('appends a glossary term', () => {
		const result = script(
			'new',
			'glossary',
			'ruang-lotus-editor-test',
			'--term-id',
			'Ruang Lotus',
			'--term-en',
			'Lotus Room',
			'--definition-id',
			'Ruang di Swiss-Belhotel Tarakan tempat penandatanganan.',
			'--definition-en',
			'The room of the Swiss-Belhotel Tarakan where the signing took place.',
			'--sources',
			'insitekaltim-2025',
		);
		expect(result.status, result.output).toBe(0);
	});
});

/** A second page, scaffolded and left a draft: the build must leave it out. */
const draftPage = [
	'page',
	'border-market',
	'--title-id',
	'Pasar perbatasan',
	'--title-en',
	'Border market',
	'--slug-id',
	'pasar-perbatasan',
	'--slug-en',
	'border-market',
	'--description-id',
	'Pasar di perbatasan Kaltara.',
	'--description-en',
	'The market at the Kaltara border.',
	'--summary-id',
	'Halaman tentang pasar perbatasan.',
	'--summary-en',
	'A page about the border market.',
	'--topics',
	'border',
];

/** Removes `draft: true` from both languages of the scaffolded page and appends `body` to each. */
const publish = (body: string) => {
	for (const locale of ['id', 'en']) {
		const path = file(`pages/${locale}/border-trade.md`);
		writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', '') + body);
	}
};

/*
 * One full build covers the whole edit (a draft left out, a stale translation, a new glossary term, a
 * published page): each step below only writes files, and the build reads them all at once. The refusal
 * of a page without text stops the build while it lists the pages, long before it writes any.
 */
describe('publishing the scaffolded page', () => {
	it('is refused while the page has no text, naming the file and the fix', () => {
		publish('');
		const result = build();
		expect(result.status).not.toBe(0);
		expect(result.output).toMatch(/border-trade\.md: the page has no text yet/);
	}, 180_000);
});

describe('a build after scaffolding, publishing and an edit of an original', () => {
	let result: { status: number | null; output: string };

	beforeAll(() => {
		expect(script('new', ...draftPage).status).toBe(0);
		for (const locale of ['id', 'en']) {
			const path = file(`pages/${locale}/border-trade.md`);
			writeFileSync(
				path,
				`${readFileSync(path, 'utf8')}\nKaltim dan Kaltara sepakat memperkuat pembangunan perbatasan.[^1]\n\n[^1]: @diskominfo-kaltim-2025\n`,
			);
		}
		expect(script('translations', '--mark', 'agreement').status).toBe(0);
		const original = file('pages/id/agreement.md');
		// A new first paragraph, cited with its own note, so the test does not depend on the page's wording.
		const edited = readFileSync(original, 'utf8').replace(
			/^(---\r?\n[\s\S]*?\r?\n---\r?\n)/,
			'$1\nPenandatanganan digelar di Ruang Lotus.[^editor-test]\n',
		);
		writeFileSync(original, `${edited}\n[^editor-test]: @insitekaltim-2025\n`);
		result = build();
	}, 240_000);

	it('passes the schemas and builds, leaving the draft out', () => {
		expect(result.status, result.output).toBe(0);
		expect(existsSync(file('pages/id/border-market.md'))).toBe(true);
		expect(existsSync(join(work, 'dist', 'pasar-perbatasan'))).toBe(false);
		expect(existsSync(join(work, 'dist', 'en', 'border-market'))).toBe(false);
	});

	it('warns naming the stale translation', () => {
		expect(result.output).toMatch(
			/Stale translation: src\/content\/pages\/id\/agreement\.md changed after src\/content\/pages\/en\/agreement\.md/,
		);
	});

	it('shows the stale page a notice with the original date, linking to the original', () => {
		const notice = page('en/agreement')('.translation-notice');
		expect(notice).toHaveLength(1);
		expect(notice.text()).toContain('The Indonesian original was updated on');
		expect(notice.find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(notice.find('a').attr('href')).toBe('/kesepakatan/');
		expect(page('kesepakatan')('.translation-notice')).toHaveLength(0);
	});

	it('links the new glossary term', () => {
		expect(page('kesepakatan')('a[data-glossary-term="ruang-lotus-editor-test"]')).toHaveLength(1);
	});

	it('publishes the page once its text is written', () => {
		expect(page('perdagangan-perbatasan')('h1').text()).toBe('Perdagangan perbatasan');
		expect(page('en/border-trade')('h1').text()).toBe('Border trade');
	});
});
