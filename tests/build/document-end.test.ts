import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../helpers/dist';

assertBuilt();

// A browser moves anything written after `</html>` into the body, so such a script still runs, but the
// document is malformed and html-validate, reading the tree, cannot see it: read the text instead.
describe('every built page ends with its document', () => {
	it.each(listPages())('%s has nothing but whitespace after </html>', (file) => {
		const html = readFileSync(join(distDir, file), 'utf8');
		const end = html.lastIndexOf('</html>');
		expect(end, 'a closing </html>').toBeGreaterThan(-1);
		expect(html.slice(end + '</html>'.length).trim()).toBe('');
	});
});
