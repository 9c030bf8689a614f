import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../helpers/dist';

assertBuilt();

// Reads .htmlvalidate.mjs at the project root, where the rules and their reasons live.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
	it.each(listPages())('%s has no errors', async (file) => {
		const report = await validator.validateFile(join(distDir, file));
		const errors = report.results.flatMap((result) =>
			result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
		);
		expect(errors, errors.join('\n')).toEqual([]);
	});
});
