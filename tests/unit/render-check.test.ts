import { describe, expect, it } from 'vitest';
import { assertRendered } from '../../src/lib/build-checks/render-check';

describe('assertRendered', () => {
	it('passes entries whose Markdown rendered', () => {
		const entries = [{ id: 'id/a', filePath: 'src/content/pages/id/a.md', rendered: { html: '<p>Teks.</p>' } }];
		expect(assertRendered(entries)).toEqual(entries);
	});

	it('names every file the loader could not render', () => {
		const entries = [
			{ id: 'id/a', filePath: 'src/content/pages/id/a.md', rendered: { html: '<p>Teks.</p>' } },
			{ id: 'en/a', filePath: 'src/content/pages/en/a.md' },
			{ id: 'en/b', filePath: 'src/content/pages/en/b.md' },
		];
		expect(() => assertRendered(entries)).toThrow(
			/could not be rendered[\s\S]*src\/content\/pages\/en\/a\.md\n {2}src\/content\/pages\/en\/b\.md[\s\S]*Error rendering/,
		);
	});
});
