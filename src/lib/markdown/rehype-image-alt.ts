import { relative } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Raw HTML written in Markdown, as it stands in the tree until Astro parses it. */
interface RawHtml {
	type: 'raw';
	value: string;
	position?: { start: { line: number } };
}

/**
 * Stops the build when a content image has no text alternative: a Markdown
 * image with empty brackets (`![](map.png)`) or an HTML `<img>` without a
 * non-empty `alt` (still raw text here: Astro parses raw HTML after these
 * plugins). Names the file, the line and the image, and says how to fix it.
 * Readers on screen readers and with images off need the text.
 */
export function rehypeImageAlt() {
	return (tree: Root, file: VFile): void => {
		const where = relative(process.cwd(), file.path);
		const problems: string[] = [];
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'img') {
				const alt = node.properties['alt'];
				if (typeof alt !== 'string' || alt.trim() === '')
					problems.push(describe(String(node.properties['src'] ?? ''), node.position?.start.line));
			}
			if ((node.type as string) === 'raw') {
				const raw = node as unknown as RawHtml;
				for (const [tag] of raw.value.matchAll(/<img\b[^>]*>/gi)) {
					if (!/\salt\s*=\s*("\s*[^"\s][^"]*"|'\s*[^'\s][^']*')/i.test(tag))
						problems.push(describe(/\ssrc\s*=\s*["']([^"']*)/i.exec(tag)?.[1] ?? '', raw.position?.start.line));
				}
			}
		});
		if (problems.length > 0) {
			throw new Error(
				`${where}: images need alt text describing what they show.\n${problems.join('\n')}\nWrite it in the brackets, ![Map of the export route](…), or as alt="…" on <img>.`,
			);
		}
	};
}

function describe(src: string, line: number | undefined): string {
	return `  image "${src}"${line ? ` on line ${line}` : ''} has no alt text`;
}
