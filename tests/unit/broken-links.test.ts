import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/build-checks/broken-links';

// The build's own link check (src/integrations/link-check.ts) stops any build whose links break, so a
// built site can only show that it passes. Here it meets a small build with one link of each kind broken.
const dir = mkdtempSync(join(tmpdir(), 'sinergi-link-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, body: string): void => {
	mkdirSync(dirname(join(dir, file)), { recursive: true });
	writeFileSync(join(dir, file), body);
};
write('style.css', '');
write('data/a.json', '{}');
write('b/index.html', '<!doctype html><h2 id="there">There</h2>');
write(
	'index.html',
	`<!doctype html><link rel="stylesheet" href="/style.css"><p id="here">
	<a href="/b/">page</a> <a href="b/#there">relative, fragment</a> <a href="#here">this page</a>
	<a href="/data/a.json">data</a> <a href="https://site.example/b/">absolute, this site</a>
	<a href="mailto:redaksi@site.example">mail</a> <a href="https://elsewhere.example/x">other site</a>
	<a href="/missing/">missing page</a> <a href="/b/#nowhere">missing fragment</a> <a href="#nope">missing here</a>
	<img src="/gone.png" alt=""> <img srcset="/style.css 1x, /gone@2x.png 2x" alt="">
	<form action="/search/"></form> <script src="/app.js"></script>`,
);

describe('checkLinks on a build with broken links', () => {
	const report = checkLinks({ dir, base: '/', site: 'https://site.example/' });
	const broken = report.broken.map(({ link, problem }) => `${link} ${problem}`);

	it('reports each broken link with its problem, and nothing else', () => {
		expect(broken).toEqual([
			'/missing/ leads to /missing/, which is not in the build',
			'/b/#nowhere leads to #nowhere, but /b/ has no element with that id',
			'#nope leads to #nope, but this page has no element with that id',
			'/gone.png leads to /gone.png, which is not in the build',
			'/gone@2x.png leads to /gone@2x.png, which is not in the build',
			'/search/ leads to /search/, which is not in the build',
			'/app.js leads to /app.js, which is not in the build',
		]);
		expect(report.broken.every(({ page }) => page === 'index.html')).toBe(true);
	});

	it('follows the links that resolve, and lists other sites without following them', () => {
		expect(report.checked).toBe(14);
		expect(report.external).toEqual([{ page: 'index.html', link: 'https://elsewhere.example/x' }]);
	});

	it('fails a link that escapes the base path the site is served under', () => {
		const under = checkLinks({ dir, base: '/sub/', site: 'https://site.example/' });
		expect(under.broken.find(({ link }) => link === '/b/')?.problem).toBe('points outside the base path /sub/');
	});
});
