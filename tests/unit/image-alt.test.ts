import type { Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeImageAlt } from '../../src/lib/markdown/rehype-image-alt';

const file = () => new VFile({ path: `${process.cwd()}/src/content/pages/en/x.md` });
const check = (tree: Root) => () => rehypeImageAlt()(tree, file());
const raw = (value: string, line: number) =>
	({ type: 'raw', value, position: { start: { line } } }) as unknown as Root['children'][number];

describe('rehypeImageAlt', () => {
	it('accepts images that have alt text, written in Markdown or in HTML', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'img',
					properties: { src: '/map.svg', alt: 'Map of the export route' },
					children: [],
				},
				raw('<img src="/b.svg" alt="Balikpapan port">', 4),
			],
		};
		expect(check(tree)).not.toThrow();
	});

	it('names the file, the line and each image without alt text', () => {
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'element',
					tagName: 'img',
					properties: { src: '/map.png', alt: '' },
					children: [],
					position: { start: { line: 3, column: 1 }, end: { line: 3, column: 20 } },
				},
				raw('<p><img src="/a.png"> and <img alt=" " src="/b.png"></p>', 7),
			],
		};
		expect(check(tree)).toThrow(
			/src\/content\/pages\/en\/x\.md: images need alt text[\s\S]*"\/map\.png" on line 3[\s\S]*"\/a\.png" on line 7[\s\S]*"\/b\.png" on line 7/,
		);
	});
});
