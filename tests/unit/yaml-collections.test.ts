import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlCollection } from '../../src/lib/collections/yaml-loader';
import { parseYamlList, YamlFileError } from '../../src/lib/schemas/yaml-list';

/** Every YAML collection of the project, found on disk: a new one is covered without a change here. */
const yamlFiles = readdirSync('src/content', { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.ya?ml$/.test(name))
	.map((name) => `src/content/${name}`)
	.sort();

/** The text with a line inserted after the first entry's `- id:` line; returns the text and the new line's number. */
function withLineAfterFirstId(text: string, inserted: string): { text: string; line: number } {
	const lines = text.split('\n');
	const index = lines.findIndex((line) => line.startsWith('- id:'));
	lines.splice(index + 1, 0, inserted);
	return { text: lines.join('\n'), line: index + 2 };
}

function message(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(YamlFileError);
		return (error as Error).message;
	}
	throw new Error('expected the YAML to be refused');
}

describe('the YAML collections', () => {
	it('are the five known files at least', () => {
		for (const name of ['timeline', 'updates', 'charts', 'glossary', 'sources'])
			expect(yamlFiles).toContain(`src/content/${name}.yaml`);
	});
});

describe.each(yamlFiles)('%s', (file) => {
	const text = readFileSync(file, 'utf8');

	it('parses as it is', () => {
		expect(parseYamlList(text, file).length).toBeGreaterThan(0);
	});

	it('refuses a syntax error, naming the file, line, column, the problem and the fix', () => {
		const broken = withLineAfterFirstId(text, '  note: Tarakan: 7 August');
		const said = message(() => parseYamlList(broken.text, file));
		expect(said).toContain(`${file}, line ${broken.line}, column 9: the YAML cannot be read`);
		expect(said).toMatch(/Nested mappings are not allowed/);
		expect(said).toMatch(/Fix: Text that contains ": " must be in quotes/);
	});

	it('refuses an unclosed quote', () => {
		const broken = withLineAfterFirstId(text, '  note: "never closed');
		expect(message(() => parseYamlList(broken.text, file))).toMatch(
			new RegExp(
				`^${file.replace(/\./g, '\\.')}, line \\d+, column \\d+: the YAML cannot be read[\\s\\S]*Close the quote`,
			),
		);
	});

	it('refuses a duplicate id, naming both entries', () => {
		const [first] = parseYamlList(text, file);
		const copy = `\n- id: ${first?.id}\n  note: copied\n`;
		const lines = text.split('\n').length;
		const said = message(() => parseYamlList(`${text.replace(/\n*$/, '\n')}${copy}`, file));
		expect(said).toContain(
			`${file}: two entries have the id "${first?.id}": the entry on line ${first?.line} and the entry on line`,
		);
		expect(Number(/and the entry on line (\d+)/.exec(said)?.[1])).toBeGreaterThanOrEqual(lines);
	});
});

describe('parseYamlList', () => {
	it('names the line of an entry without an id', () => {
		expect(message(() => parseYamlList('- id: a\n- title: b\n', 'x.yaml'))).toMatch(
			/^x\.yaml, line 2: this entry has no "id"/,
		);
	});

	it('refuses a document that is not a list, and an empty file', () => {
		expect(message(() => parseYamlList('id: a\n', 'x.yaml'))).toMatch(/x\.yaml, line 1: expected a list/);
		expect(message(() => parseYamlList('# nothing yet\n', 'x.yaml'))).toMatch(/x\.yaml: the file has no entries/);
		expect(parseYamlList('[]\n', 'x.yaml')).toEqual([]);
	});

	it('suggests spaces for a tab', () => {
		expect(message(() => parseYamlList('- id: a\n\ttitle: b\n', 'x.yaml'))).toMatch(/x\.yaml, line 2[\s\S]*not tabs/);
	});

	it('refuses a field written twice in one entry', () => {
		expect(message(() => parseYamlList('- id: a\n  t: 1\n  t: 2\n', 'x.yaml'))).toMatch(
			/x\.yaml, line 3, column 3[\s\S]*written twice/,
		);
	});
});

/** A content store like Astro's, holding what the previous build left (a warm cache). */
function warmStore(): DataStore & { map: Map<string, unknown> } {
	const map = new Map<string, { id: string; data: Record<string, unknown> }>([
		['old', { id: 'old', data: { id: 'old' } }],
	]);
	const store = {
		map,
		get: (key: string) => map.get(key),
		entries: () => [...map.entries()],
		set: (entry: { id: string; data: Record<string, unknown> }) => (map.set(entry.id, entry), true),
		values: () => [...map.values()],
		keys: () => [...map.keys()],
		delete: (key: string) => void map.delete(key),
		clear: () => map.clear(),
		has: (key: string) => map.has(key),
		addModuleImport: () => undefined,
	};
	return store as unknown as DataStore & { map: Map<string, unknown> };
}

describe('yamlCollection, the loader of every YAML collection', () => {
	const root = mkdtempSync(join(tmpdir(), 'sinergi-yaml-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	const load = async (text: string, store: DataStore): Promise<void> => {
		writeFileSync(join(root, 'list.yaml'), text);
		const context = {
			collection: 'list',
			store,
			config: { root: pathToFileURL(`${root}/`) } as unknown as AstroConfig,
			logger: { error: () => undefined },
			parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		} as unknown as LoaderContext;
		await yamlCollection('list.yaml').load(context);
	};

	it('replaces the whole store with the file’s entries', async () => {
		const store = warmStore();
		await load('- id: a\n- id: b\n', store);
		expect([...store.map.keys()]).toEqual(['a', 'b']);
	});

	it('throws on a syntax error with a warm store, and publishes nothing new', async () => {
		const store = warmStore();
		await expect(load('- id: a\n  title: "x\n', store)).rejects.toThrow(
			/^list\.yaml, line \d+, column \d+: the YAML cannot be read/,
		);
		await expect(load('- id: a\n- id: a\n', store)).rejects.toThrow(
			/two entries have the id "a": the entry on line 1 and the entry on line 2/,
		);
		// The store was not touched: the build stops on the error, and nothing half-written is left behind.
		expect([...store.map.keys()]).toEqual(['old']);
	});

	it('throws on a syntax error with an empty store', async () => {
		await expect(load('- id: a\n  t: [1, 2\n', warmStore())).rejects.toThrow(YamlFileError);
	});
});
