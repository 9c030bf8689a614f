import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarDay, dayInWords, partialDate } from '../../src/lib/schemas/field-schemas';
import { remarkContentChecks } from '../../src/lib/markdown/remark-content-checks';
import { offlineBudgetMessage, offlineWarningsMessage } from '../../src/lib/build-checks/offline-size';

const root = mkdtempSync(join(tmpdir(), 'sinergi-editor-'));
const publicDir = join(root, 'public');
mkdirSync(join(publicDir, 'images'), { recursive: true });
mkdirSync(join(root, 'src/content/pages/en'), { recursive: true });
writeFileSync(join(publicDir, 'images/route.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(root, 'src/content/pages/en/map.png'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (name: string, text: string): VFile =>
	new VFile({ path: join(root, 'src/content/pages/en', name), value: text });

/** Runs the check on an MDX page as the build does (parsed by MDX); returns the error message, or '' when it passes. */
async function checkMdx(text: string): Promise<string> {
	try {
		await compile(page('check.mdx', text), { remarkPlugins: [remarkGfm, [remarkContentChecks, { publicDir }]] });
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

/** The same for a plain Markdown page. */
async function checkMd(text: string): Promise<string> {
	try {
		const processor = unified().use(remarkParse).use(remarkGfm).use(remarkContentChecks, { publicDir });
		await processor.run(processor.parse(page('check.md', text)), page('check.md', text));
		return '';
	} catch (error) {
		return (error as Error).message;
	}
}

describe('an unknown component in MDX', () => {
	it('is named with the file, the line and the components a page may place', async () => {
		const said = await checkMdx('# Title\n\nText.\n\n<Chrat id="growth-2024" />\n');
		expect(said).toContain('check.mdx');
		expect(said).toMatch(/line 5: <Chrat> is not one of the components a page may place: Chart, Claim, Figure, Map\./);
		expect(said).not.toMatch(/forgot to import/);
		expect(said).toMatch(/Did you mean <Chart>\?/);
	});

	it('suggests the component when only the case is wrong', async () => {
		expect(await checkMdx('<chart id="x" />\n')).toBe('');
		expect(await checkMdx('Text <Figure caption="c" source="s" /> and <MAP />.\n')).toMatch(
			/<MAP> is not one of[\s\S]*Did you mean <Map>\?/,
		);
	});

	it('lets the content components, HTML tags and imported components pass', async () => {
		expect(await checkMdx('<Chart id="x" />\n\n<Claim />\n\n<div>a</div>\n')).toBe('');
		expect(await checkMdx("import Box from './Box.astro';\n\n<Box />\n")).toBe('');
	});
});

describe('a missing image', () => {
	it('next to the page is named with the file, the line and the fix', async () => {
		const said = await checkMd('# T\n\n![A map](./mpa.png)\n');
		expect(said).toMatch(
			/check\.md:\n\s+line 3: the image "\.\/mpa\.png" is not there: there is no .*src\/content\/pages\/en\/mpa\.png\. Put the image file next to the page/,
		);
		expect(await checkMd('![A map](./map.png)\n')).toBe('');
	});

	it('under public/ is named, in Markdown and in a <Figure>', async () => {
		expect(await checkMd('![Route](/images/rute.svg)\n')).toMatch(
			/"\/images\/rute\.svg" is not there[\s\S]*Put the image file in public\/images\//,
		);
		expect(
			await checkMdx('<Figure src="/images/rute.svg" alt="a" width={1} height={1} caption="c" source="s" />\n'),
		).toMatch(/line 1: the image "\/images\/rute\.svg" is not there/);
		expect(await checkMd('![Route](/images/route.svg) ![Web](https://example.org/x.png)\n')).toBe('');
	});
});

describe('a date written in words', () => {
	const day = calendarDay();
	const message = (value: unknown): string => day.safeParse(value).error?.issues[0]?.message ?? '';

	it('is refused with the date to write instead', () => {
		expect(message('1 Desember 2026')).toBe(
			'"1 Desember 2026" is a date in words. Write it in numbers, year first: write 2026-12-01.',
		);
		expect(message('December 1, 2026')).toMatch(/write 2026-12-01\.$/);
		expect(message('7 Agustus 2025')).toMatch(/write 2025-08-07\.$/);
		expect(message('01/12/2026')).toMatch(/write 2026-12-01\.$/);
		expect(message('kemarin')).toMatch(/not a date the site can read[\s\S]*write 2026-12-01 for 1 December 2026/);
		expect(message('2026-02-31')).toMatch(/not a date the site can read/);
	});

	it('is read when written YYYY-MM-DD, quoted or not', () => {
		expect(day.parse('2026-12-01').toISOString()).toBe('2026-12-01T00:00:00.000Z');
		expect(day.parse(new Date('2026-12-01')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
	});

	it('has its own message when missing', () => {
		expect(calendarDay('Add "factsChecked: YYYY-MM-DD".').safeParse(undefined).error?.issues[0]?.message).toBe(
			'Add "factsChecked: YYYY-MM-DD".',
		);
	});

	it('in a timeline or figure date suggests the form to write', () => {
		expect(partialDate.safeParse('Agustus 2025').error?.issues[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
		expect(partialDate.safeParse('7 Agustus 2025').error?.issues[0]?.message).toMatch(/write "2025-08-07"/);
		expect(dayInWords('Agustus 2025')).toBeUndefined();
	});
});

describe('a page too big for the offline copy', () => {
	const dist = join(root, 'dist');
	mkdirSync(join(dist, 'en/big-table'), { recursive: true });
	mkdirSync(join(dist, 'en/small'), { recursive: true });
	writeFileSync(join(dist, 'en/big-table/index.html'), 'x'.repeat(900 * 1024));
	writeFileSync(join(dist, 'en/small/index.html'), 'x'.repeat(1024));
	writeFileSync(join(root, 'src/content/pages/en/big-table.md'), '---\ntitle: Big\nslug: big-table\n---\nText.\n');

	it('names the content file, the page and the limit per language', () => {
		const said = offlineBudgetMessage({
			dir: dist,
			locale: 'en',
			stored: 3.4 * 1024 * 1024,
			budget: 3 * 1024 * 1024,
			root,
		});
		expect(said).toMatch(
			/^The English offline copy \(every page of the language, which a reader saves to read without a signal\) would take 3\.40 MB on the reader's phone; the limit is 3\.00 MB\./,
		);
		expect(said).toMatch(
			/\n {2}src\/content\/pages\/en\/big-table\.md \(\/en\/big-table\/, 900 KB\)\n {2}\/en\/small\/ \(1 KB, made by the site, not a content file\)\n/,
		);
		expect(said).toMatch(/split it into two pages/);
	});

	it('names the content file of one page over the per-page limit', () => {
		const said = offlineWarningsMessage(
			'en',
			[
				"en/big-table/index.html is 1.2 MB, and won't be precached. Configure maximumFileSizeToCacheInBytes to change this limit.",
			],
			1024 * 1024,
			root,
		);
		expect(said).toBe(
			'src/content/pages/en/big-table.md: the page /en/big-table/ is 1.2 MB, over the 1.00 MB one page may take in the English offline copy, so readers could not save it. Shorten the page or split it into two pages; move a long table into a chart or open data.',
		);
	});
});
