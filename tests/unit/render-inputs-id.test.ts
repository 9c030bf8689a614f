import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownRenderInputsId } from '../../src/lib/markdown/render-inputs-id';

describe('the id of what Markdown rendering reads', () => {
	const root = mkdtempSync(join(tmpdir(), 'render-inputs-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	mkdirSync(join(root, 'src/content/pages/id'), { recursive: true });
	mkdirSync(join(root, 'src/i18n'), { recursive: true });
	const write = (file: string, text: string): void => writeFileSync(join(root, file), text);
	write('src/content/pages/id/about.md', '---\ntitle: Tentang\n---\n\nTeks.\n');
	write('src/content/pages/id/economy.mdx', '---\ntitle: Ekonomi\n---\n\nTeks.\n');
	write('src/content/sources.yaml', '- id: a\n');
	write('src/content/glossary.yaml', '- term: a\n');
	write('src/i18n/id.ts', 'export const id = {};\n');
	const first = markdownRenderInputsId(root);

	it('stays the same when a page changes: the content layer renders that page again itself', () => {
		write('src/content/pages/id/about.md', '---\ntitle: Tentang situs\n---\n\nTeks baru.\n');
		write('src/content/pages/id/economy.mdx', '---\ntitle: Ekonomi\n---\n\nTeks baru.\n');
		expect(markdownRenderInputsId(root)).toBe(first);
	});

	it('changes with the source registry, the glossary and the UI strings', () => {
		write('src/content/sources.yaml', '- id: b\n');
		const second = markdownRenderInputsId(root);
		expect(second).not.toBe(first);
		write('src/content/glossary.yaml', '- term: b\n');
		const third = markdownRenderInputsId(root);
		expect(third).not.toBe(second);
		write('src/i18n/id.ts', 'export const id = { a: 1 };\n');
		expect(markdownRenderInputsId(root)).not.toBe(third);
	});
});
