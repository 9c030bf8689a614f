import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CONTENT_COMPONENT_NAMES } from './content-component-names';

/** Options for `remarkContentChecks`. */
export interface RemarkContentChecksOptions {
	/** Absolute path of the project's `public/` folder (images written as "/images/x.png"). */
	publicDir: string;
}

/** An MDX tag or import as it stands in the tree (typed here so `.md` pages need no MDX types). */
interface MdxNode {
	type: string;
	name?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	data?: { estree?: { body?: { type: string; specifiers?: { local?: { name?: string } }[] }[] } };
	position?: { start: { line: number } };
}

const LIST = CONTENT_COMPONENT_NAMES.join(', ');

/** Where an image address points on disk, or undefined when it is not a file of this project (a web address, data). */
function imageFileOf(address: string, pageFile: string, publicDir: string): string | undefined {
	if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(address) || address === '') return undefined;
	const path = decodeURI(address.split(/[?#]/)[0] ?? '');
	return path.startsWith('/') ? join(publicDir, path) : resolve(dirname(pageFile), path);
}

/**
 * Checks what an editor writes in a content page that the build would
 * otherwise report in a developer's words, naming the file, the line and the
 * fix: a capitalised MDX tag that is not one of the content components (MDX
 * would say "you likely forgot to import" it, which an editor cannot act on),
 * and an image whose file is not there (a relative image next to the page, or
 * "/…" under public/).
 */
export function remarkContentChecks(options: RemarkContentChecksOptions) {
	return (tree: Root, file: VFile): void => {
		const where = relative(process.cwd(), file.path);
		const imported = new Set<string>();
		const problems: string[] = [];
		visit(tree, (node) => {
			const mdx = node as unknown as MdxNode;
			if (mdx.type === 'mdxjsEsm') {
				for (const statement of mdx.data?.estree?.body ?? [])
					for (const specifier of statement.specifiers ?? [])
						if (specifier.local?.name) imported.add(specifier.local.name);
			}
		});
		visit(tree, (node) => {
			const mdx = node as unknown as MdxNode;
			const line = mdx.position?.start.line;
			const at = line === undefined ? '' : `line ${line}: `;
			if ((mdx.type === 'mdxJsxFlowElement' || mdx.type === 'mdxJsxTextElement') && mdx.name) {
				const name = mdx.name.split('.')[0] ?? mdx.name;
				if (
					/^[A-Z]/.test(name) &&
					!imported.has(name) &&
					!(CONTENT_COMPONENT_NAMES as readonly string[]).includes(name)
				) {
					const close = nearestComponent(name);
					problems.push(
						`${at}<${mdx.name}> is not one of the components a page may place: ${LIST}.${close ? ` Did you mean <${close}>?` : ''} Check the spelling (a component name starts with a capital letter); CONTRIBUTING.md shows what each one does. Plain HTML tags are written in lowercase.`,
					);
				}
				if (name === 'Figure') {
					const src = mdx.attributes?.find((attribute) => attribute.name === 'src')?.value;
					if (typeof src === 'string') problems.push(...missingImage(src, at, file.path, options.publicDir));
				}
			}
			if ((mdx.type === 'image' || mdx.type === 'definition') && typeof mdx.url === 'string') {
				problems.push(...missingImage(mdx.url, at, file.path, options.publicDir, mdx.type === 'definition'));
			}
		});
		if (problems.length > 0) throw new Error(`${where}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
	};
}

/** Edits (insert, delete, change, swap two neighbours) between two words, case ignored. */
function distance(a: string, b: string): number {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	const d = Array.from({ length: x.length + 1 }, (_, i) =>
		Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const row = d[i] as number[];
			const above = d[i - 1] as number[];
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
				row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
		}
	}
	return (d[x.length] as number[])[y.length] ?? 0;
}

/** The content component a misspelt name most likely means (at most two edits away), if any. */
function nearestComponent(name: string): string | undefined {
	const [best] = CONTENT_COMPONENT_NAMES.map((known) => ({ known, edits: distance(name, known) }))
		.filter(({ edits }) => edits <= 2)
		.sort((a, b) => a.edits - b.edits);
	return best?.known;
}

function missingImage(address: string, at: string, pageFile: string, publicDir: string, onlyImages = false): string[] {
	if (onlyImages && !/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(address)) return [];
	const path = imageFileOf(address, pageFile, publicDir);
	if (path === undefined || existsSync(path)) return [];
	const shown = relative(process.cwd(), path);
	return address.startsWith('/')
		? [
				`${at}the image "${address}" is not there: there is no ${shown}. Put the image file in public${dirname(address) === '/' ? '' : dirname(address)}/, or fix the name (it is case-sensitive).`,
			]
		: [
				`${at}the image "${address}" is not there: there is no ${shown}. Put the image file next to the page (or where the path says), or fix the name (it is case-sensitive).`,
			];
}
