import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroSync, copyProject, removeCopy, type BuildResult } from '../helpers/project-copy';

/**
 * A YAML syntax error in any collection stops Astro, naming the file, the line
 * and the column, whether the content cache is empty (a fresh copy) or holds
 * the last good data (a warm copy, synced once before the file breaks). The
 * message itself is unit-tested (`tests/unit/yaml-collections.test.ts`); this
 * proves Astro stops on it.
 *
 * Each case runs `astro sync`, not `astro build`: a build starts with the same
 * integration set-up hooks and content sync, and the YAML files are read there
 * (`src/integrations/yaml-files.ts`, then each collection's loader), so a build
 * stops at the same point with the same output. One copy per cache state, each
 * file broken and restored in turn: the fresh copy never syncs successfully, so
 * its cache stays empty throughout.
 */

/** Every YAML collection of the project, found on disk: a new one is covered without a change here. */
const files = readdirSync('src/content', { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.ya?ml$/.test(name))
	.map((name) => `src/content/${name}`)
	.sort();

/** Inserts a line no YAML reader accepts after the first `- id:` line; returns the broken line's number. */
function breakFile(dir: string, file: string): number {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const index = lines.findIndex((line) => line.startsWith('- id:'));
	lines.splice(index + 1, 0, '  note: Tarakan: 7 August');
	writeFileSync(join(dir, file), lines.join('\n'));
	return index + 2;
}

/** Breaks each file in turn in one copy, syncs, and puts the good file back. */
async function breakEach(dir: string): Promise<Map<string, { result: BuildResult; line: number }>> {
	const results = new Map<string, { result: BuildResult; line: number }>();
	for (const file of files) {
		const good = readFileSync(join(dir, file), 'utf8');
		const line = breakFile(dir, file);
		results.set(file, { result: await astroSync(dir), line });
		writeFileSync(join(dir, file), good);
	}
	return results;
}

/** What each run must say: the file, the line, the column, and never a page as the place of the error. */
function expectNamed(result: BuildResult | undefined, file: string, line: number): void {
	expect(result?.code).not.toBe(0);
	expect(result?.output).toContain(`${file}, line ${line}, column 9: the YAML cannot be read`);
	expect(result?.output).not.toMatch(/\.mdx?\b[^\n]*cannot be read/);
}

const copies: string[] = [];
let fresh = new Map<string, { result: BuildResult; line: number }>();
let warm = new Map<string, { result: BuildResult; line: number }>();
let first: BuildResult | undefined;
let duplicate: BuildResult | undefined;

beforeAll(async () => {
	const [freshCopy, warmCopy] = [copyProject(), copyProject()];
	copies.push(freshCopy, warmCopy);
	// The two cache states side by side: one per core.
	await Promise.all([
		(async () => {
			fresh = await breakEach(freshCopy);
		})(),
		(async () => {
			first = await astroSync(warmCopy);
			warm = await breakEach(warmCopy);
			const text = readFileSync(join(warmCopy, 'src/content/updates.yaml'), 'utf8');
			writeFileSync(
				join(warmCopy, 'src/content/updates.yaml'),
				`${text}\n- id: peluncuran-situs\n  date: 2026-12-01\n`,
			);
			duplicate = await astroSync(warmCopy);
		})(),
	]);
}, 600_000);

afterAll(() => {
	for (const dir of copies) removeCopy(dir);
});

describe('a YAML syntax error with a fresh content cache', () => {
	it.each(files)('in %s stops Astro, naming the file, line and column', (file) => {
		const { result, line } = fresh.get(file) ?? { line: 0 };
		expectNamed(result, file, line);
	});
});

describe('a YAML syntax error with a warm content cache', () => {
	it('starts from a good sync', () => {
		expect(first?.code, first?.output.slice(-2000)).toBe(0);
	});

	it.each(files)('in %s stops Astro, naming the file, line and column', (file) => {
		const { result, line } = warm.get(file) ?? { line: 0 };
		expectNamed(result, file, line);
	});
});

describe('a duplicate id', () => {
	it('stops Astro, naming both entries', () => {
		expect(duplicate?.code).not.toBe(0);
		expect(duplicate?.output).toMatch(
			/src\/content\/updates\.yaml: two entries have the id "peluncuran-situs": the entry on line \d+ and the entry on line \d+/,
		);
	});
});
