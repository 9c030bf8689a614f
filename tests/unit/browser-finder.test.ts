import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExecutableFile } from '../helpers/browser';

describe('the browser finder', () => {
	const dir = mkdtempSync(join(tmpdir(), 'browser-finder-'));

	it('skips a chromium that exists but cannot be executed', () => {
		const plain = join(dir, 'chromium-no-exec');
		writeFileSync(plain, '\x7fELF');
		chmodSync(plain, 0o644);
		expect(isExecutableFile(plain)).toBe(false);
	});

	it('skips the snap wrapper that only asks to install the snap', () => {
		const stub = join(dir, 'chromium-browser');
		writeFileSync(stub, '#!/bin/sh\necho "Command requires the chromium snap: snap install chromium"\nexit 1\n');
		chmodSync(stub, 0o755);
		expect(isExecutableFile(stub)).toBe(false);
	});

	it('takes an executable file, and skips folders and missing paths', () => {
		const real = join(dir, 'chromium');
		writeFileSync(real, '#!/bin/sh\nexit 0\n');
		chmodSync(real, 0o755);
		expect(isExecutableFile(real)).toBe(true);
		expect(isExecutableFile(dir)).toBe(false);
		expect(isExecutableFile(join(dir, 'missing'))).toBe(false);
	});
});
