import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Reading a finished build folder: used by the integrations that check and
 * annotate the output at `astro:build:done`, and by the tests.
 */

/** Every file under a build folder, relative to it with `/` separators, sorted. */
export function listBuiltFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder).sort()) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** Every built HTML page (not Pagefind's files), relative to the build folder. */
export function listBuiltPages(dir: string): string[] {
	return listBuiltFiles(dir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/** Parses a built page into a HTML syntax tree (parse5, as browsers parse). */
export function parseBuiltPage(dir: string, file: string): Root {
	return fromHtml(readFileSync(join(dir, file), 'utf8'));
}

/** Every element of a tree, in document order. */
export function elementsOf(tree: Root): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		found.push(node);
	});
	return found;
}

/** A string attribute of an element (hast names: `href`, `src`, `httpEquiv`…). */
export function attribute(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.join(' ');
	return undefined;
}

/** The URL path a built file is served at, under the base: `en/agreement/index.html` → `/en/agreement/`. */
export function urlPathOfFile(file: string, base = '/'): string {
	return `${base.replace(/\/?$/, '/')}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file that serves a URL path below the base, or undefined when none does. */
export function fileOfUrlPath(dir: string, pathBelowBase: string): string | undefined {
	let clean: string;
	try {
		clean = decodeURIComponent(pathBelowBase).replace(/^\/+/, '');
	} catch {
		return undefined;
	}
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((candidate) => existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile());
}
