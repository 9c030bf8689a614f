import { describe, expect, it } from 'vitest';
import { hasWrittenBody, publishedEntries, type DraftCandidate } from '../../src/lib/build-checks/drafts';

const entry = (id: string, draft: boolean, body: string): DraftCandidate => ({
	id,
	collection: 'pages',
	filePath: `src/content/pages/${id}.md`,
	body,
	data: { draft },
});

describe('hasWrittenBody', () => {
	it('does not count comments as text', () => {
		expect(hasWrittenBody('\n<!--\nWrite the page here.\n-->\n')).toBe(false);
		expect(hasWrittenBody('<!-- note -->\n')).toBe(false);
		expect(hasWrittenBody('<!-- note -->\n\nThe signing took place in Tarakan.')).toBe(true);
		expect(hasWrittenBody('{/* Write the page here. */}\n')).toBe(false);
		expect(hasWrittenBody('{/* note */}\n\n<Chart id="growth-2024" />')).toBe(true);
	});
});

describe('publishedEntries', () => {
	it('leaves drafts out', () => {
		const entries = [
			entry('id/a', false, 'Text.'),
			entry('en/a', false, 'Text.'),
			entry('id/b', true, ''),
			entry('en/b', true, ''),
		];
		expect(publishedEntries(entries).map((item) => item.id)).toEqual(['id/a', 'en/a']);
	});

	it('refuses a published page without text, naming the file and the fix', () => {
		expect(() =>
			publishedEntries([entry('id/a', false, '<!-- write here -->'), entry('en/a', false, 'Text.')]),
		).toThrow(/src\/content\/pages\/id\/a\.md: the page has no text yet.*draft: true/s);
	});

	it('refuses to publish half a pair', () => {
		expect(() => publishedEntries([entry('id/a', false, 'Teks.'), entry('en/a', true, '')])).toThrow(
			/pages\/id\/a\.md: its translation is still a draft/,
		);
	});
});
