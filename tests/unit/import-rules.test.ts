import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under';

/**
 * The rules a folder's name promises: `src/lib/` computes and never renders, `src/i18n/` is the
 * project's root of locale facts and imports nothing of it, and the folders of `src/lib/` form no
 * cycle, so each one can be read knowing only the folders below it.
 */

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

interface ImportEdge {
	from: string;
	to: string;
}

/** Every relative import of the project's own code, as paths relative to `src/`. */
function projectImports(): ImportEdge[] {
	const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
	const edges: ImportEdge[] = [];
	for (const file of filesUnder(src).filter((name) => /\.(ts|astro|mjs)$/.test(name))) {
		const text = readFileSync(join(src, file), 'utf8');
		for (const match of text.matchAll(specifier)) {
			const target = relative(src, resolve(dirname(join(src, file)), match[1] ?? ''));
			if (!target.startsWith('..')) edges.push({ from: file, to: target });
		}
	}
	return edges;
}

/** The folder a file belongs to for these rules: `lib/<job>` inside `src/lib/`, else the top folder. */
function unitOf(path: string): string {
	const [top = '', second = ''] = path.split('/');
	return top === 'lib' && second && !second.includes('.') ? `lib/${second}` : top;
}

const edges = projectImports();

describe('import rules', () => {
	it('reads the imports of the project (the rules below have something to check)', () => {
		expect(edges.length).toBeGreaterThan(200);
	});

	it('src/lib never imports components, layouts or routes', () => {
		const wrong = edges.filter(({ from, to }) => from.startsWith('lib/') && /^(components|layouts|pages)\//.test(to));
		expect(wrong.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
	});

	it('src/i18n imports nothing of the project outside itself', () => {
		const wrong = edges.filter(({ from, to }) => from.startsWith('i18n/') && !to.startsWith('i18n/'));
		expect(wrong.map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
	});

	it('no two folders of src/lib import each other, directly or round a cycle', () => {
		const graph = new Map<string, Map<string, string>>();
		for (const { from, to } of edges) {
			const [a, b] = [unitOf(from), unitOf(to)];
			if (a === b || !a.startsWith('lib/') || !b.startsWith('lib/')) continue;
			const out = graph.get(a) ?? new Map<string, string>();
			if (!out.has(b)) out.set(b, `${from} → ${to}`);
			graph.set(a, out);
		}
		const cycles: string[] = [];
		const done = new Set<string>();
		const visit = (unit: string, path: string[]): void => {
			if (path.includes(unit)) {
				const cycle = [...path.slice(path.indexOf(unit)), unit];
				const because = cycle.slice(1).map((next, index) => graph.get(cycle[index] ?? '')?.get(next));
				cycles.push(`${cycle.join(' → ')} (${because.join('; ')})`);
				return;
			}
			if (done.has(unit)) return;
			for (const next of graph.get(unit)?.keys() ?? []) visit(next, [...path, unit]);
			done.add(unit);
		};
		for (const unit of graph.keys()) visit(unit, []);
		expect(cycles).toEqual([]);
	});
});
