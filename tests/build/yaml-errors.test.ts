import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, inBatches, removeCopy, type BuildResult } from '../helpers/project-copy';

/**
 * A YAML syntax error in any collection stops the build, naming the file, the
 * line and the column, whether the content cache is empty (a fresh copy) or
 * holds the last good build's data (a warm copy, built once before the file
 * breaks). The message itself is unit-tested (`tests/unit/yaml-collections.test.ts`);
 * this proves the build stops on it.
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

/** What each build must say: the file, the line, the column, and never a page as the place of the error. */
function expectNamed(result: BuildResult | undefined, file: string, line: number): void {
	expect(result?.code).not.toBe(0);
	expect(result?.output).toContain(`${file}, line ${line}, column 9: the YAML cannot be read`);
	expect(result?.output).not.toMatch(/\.mdx?\b[^\n]*cannot be read/);
}

const copies: string[] = [];
afterAll(() => {
	for (const dir of copies) removeCopy(dir);
});

describe('a YAML syntax error with a fresh content cache', () => {
	const results = new Map<string, { result: BuildResult; line: number }>();
	beforeAll(async () => {
		await inBatches(files, 2, async (file) => {
			const dir = copyProject();
			copies.push(dir);
			const line = breakFile(dir, file);
			results.set(file, { result: await astroBuild(dir), line });
		});
	}, 600_000);

	it.each(files)('in %s stops the build, naming the file, line and column', (file) => {
		const { result, line } = results.get(file) ?? { line: 0 };
		expectNamed(result, file, line);
	});
});

describe('a YAML syntax error with a warm content cache', () => {
	const results = new Map<string, { result: BuildResult; line: number }>();
	let first: BuildResult | undefined;
	beforeAll(async () => {
		const dir = copyProject();
		copies.push(dir);
		first = await astroBuild(dir);
		// One file broken at a time, in the same copy: the cache holds the good data of every other file.
		for (const file of files) {
			const good = readFileSync(join(dir, file), 'utf8');
			const line = breakFile(dir, file);
			results.set(file, { result: await astroBuild(dir), line });
			writeFileSync(join(dir, file), good);
		}
	}, 900_000);

	it('starts from a good build', () => {
		expect(first?.code, first?.output.slice(-2000)).toBe(0);
	});

	it.each(files)('in %s stops the build, naming the file, line and column', (file) => {
		const { result, line } = results.get(file) ?? { line: 0 };
		expectNamed(result, file, line);
	});
});

describe('a duplicate id', () => {
	let result: BuildResult | undefined;
	beforeAll(async () => {
		const dir = copyProject();
		copies.push(dir);
		const text = readFileSync(join(dir, 'src/content/updates.yaml'), 'utf8');
		writeFileSync(join(dir, 'src/content/updates.yaml'), `${text}\n- id: peluncuran-situs\n  date: 2026-12-01\n`);
		result = await astroBuild(dir);
	}, 300_000);

	it('stops the build, naming both entries', () => {
		expect(result?.code).not.toBe(0);
		expect(result?.output).toMatch(
			/src\/content\/updates\.yaml: two entries have the id "peluncuran-situs": the entry on line \d+ and the entry on line \d+/,
		);
	});
});
