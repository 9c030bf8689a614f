import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	headerOnlyDirectives,
	immutableCache,
	pagePolicy,
	parseCsp,
	securityHeaders,
} from '../../src/lib/build-checks/security-policy';
import { assertBuilt, distDir, listPages, loadPage } from '../helpers/dist';

assertBuilt();

/** The `_headers` file as blocks of path → headers. */
function readHeadersFile(): Map<string, Map<string, string>> {
	const blocks = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of readFileSync(join(distDir, '_headers'), 'utf8').split('\n')) {
		if (line.trim() === '') continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			blocks.set(line.trim(), current);
		} else {
			const [name = '', ...value] = line.trim().split(':');
			current?.set(name.toLowerCase(), value.join(':').trim());
		}
	}
	return blocks;
}

const headers = readHeadersFile();
const everyPath = headers.get('/*');

// The header is checked against the policy constants themselves, not against the pages' <meta>: both are
// written from src/lib/build-checks/security-policy.ts, so comparing one with the other could only show they agree.
describe('_headers', () => {
	it('sends the page policy plus frame-ancestors on every path', () => {
		expect(everyPath?.get('content-security-policy')).toBe([pagePolicy, ...headerOnlyDirectives].join('; '));
		expect(parseCsp(everyPath?.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
	});

	it('sends the other security headers on every path', () => {
		for (const [name, value] of Object.entries(securityHeaders))
			expect(everyPath?.get(name.toLowerCase()), name).toBe(value);
		expect(everyPath?.get('x-content-type-options')).toBe('nosniff');
		expect(everyPath?.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(everyPath?.get('permissions-policy')).toMatch(/camera=\(\)/);
	});

	it('caches fingerprinted assets for a year, revalidates the service worker and offline manifests, and has no other block', () => {
		expect(headers.get('/_astro/*')?.get('cache-control')).toBe(immutableCache);
		expect(immutableCache).toBe('public, max-age=31536000, immutable');
		expect(headers.get('/sw.js')?.get('cache-control')).toBe('no-cache');
		expect(headers.get('/offline/*')?.get('cache-control')).toBe('no-cache');
		// Netlify and Cloudflare Pages join two matching rules' values: every path gets at most one Cache-Control.
		expect(everyPath?.has('cache-control')).toBe(false);
		expect([...headers.keys()]).toEqual(['/*', '/_astro/*', '/sw.js', '/offline/*']);
	});
});

describe.each(listPages())('Content Security Policy of %s', (file) => {
	const $ = loadPage(file);
	const metas = $('meta[http-equiv="content-security-policy"]');
	const policy = parseCsp(metas.attr('content') ?? '');

	it('is in one <meta> in the <head>', () => {
		expect(metas).toHaveLength(1);
		expect($('head meta[http-equiv="content-security-policy"]')).toHaveLength(1);
	});

	it("allows only this origin, WebAssembly for search and the site's own service worker, and nothing inline without a hash", () => {
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
		expect(policy.get('worker-src')).toEqual(["'self'"]);
		for (const [directive, sources] of policy) {
			for (const source of sources) {
				expect(source, directive).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+')$/);
			}
		}
	});

	it('has no inline script, style element or style attribute, which the policy (no hashes) would block', () => {
		const inline = [
			...$('script:not([src])')
				.filter((_, el) => $(el).attr('type') !== 'application/ld+json')
				.map((_, el) => `<script> ${$(el).html()?.slice(0, 60)}`)
				.get(),
			...$('style')
				.map((_, el) => `<style> ${$(el).html()?.slice(0, 60)}`)
				.get(),
			...$('[style]')
				.map((_, el) => `<${el.tagName} style="${$(el).attr('style')}">`)
				.get(),
			...$('*')
				.get()
				.flatMap((el) =>
					'attribs' in el && Object.keys(el.attribs).some((name) => name.startsWith('on'))
						? [`<${el.tagName}> with an on… handler attribute`]
						: [],
				),
		];
		expect(inline, `${file}: move inline code into a module <script> or src/styles/global.css`).toEqual([]);
	});

	it('is the site policy from src/lib/build-checks/security-policy.ts, as written', () => {
		expect(metas.attr('content')).toBe(pagePolicy);
	});
});
