import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** An `<img>` written as JSX in MDX, as the MDX parser leaves it in the tree. */
interface JsxImage {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
}

/**
 * Stops the build when a content image has no text alternative: a Markdown
 * image with empty brackets (`![](map.png)`) or a JSX `<img>` without a
 * non-empty `alt`. Names the file, the line and the image, and says how to
 * fix it. Readers on screen readers and with images off need the text.
 */
export function rehypeImageAlt() {
	return (tree: Root, file: VFile): void => {
		const where = relative(process.cwd(), file.path);
		const problems: string[] = [];
		visit(tree, (node) => {
			// MDX adds JSX node types that the plain HTML tree type does not list.
			const type: string = node.type;
			if (type === 'element' && (node as Element).tagName === 'img') {
				const image = node as Element;
				const alt = image.properties['alt'];
				if (typeof alt !== 'string' || alt.trim() === '') problems.push(describe(String(image.properties['src'] ?? ''), image.position?.start.line));
			}
			if ((type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') && (node as unknown as JsxImage).name === 'img') {
				const image = node as unknown as JsxImage;
				const alt = image.attributes.find((attribute) => attribute.name === 'alt')?.value;
				const src = image.attributes.find((attribute) => attribute.name === 'src')?.value;
				if (alt !== undefined && typeof alt !== 'string') return; // an expression: checked when it renders
				if (typeof alt !== 'string' || alt.trim() === '') problems.push(describe(typeof src === 'string' ? src : '', image.position?.start.line));
			}
		});
		if (problems.length > 0) {
			throw new Error(`${where}: images need alt text describing what they show.\n${problems.join('\n')}\nWrite it in the brackets, ![Map of the export route](…), or as alt="…" on <img>.`);
		}
	};
}

function describe(src: string, line: number | undefined): string {
	return `  image "${src}"${line ? ` on line ${line}` : ''} has no alt text`;
}
