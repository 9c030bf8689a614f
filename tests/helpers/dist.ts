import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { listBuiltPages, urlPathOfFile } from '../../src/lib/build-checks/built-site';

/** The built site under test: `DIST_DIR` or `dist/`. */
export const distDir: string = process.env['DIST_DIR'] ?? join(process.cwd(), 'dist');

/** Fails with the fix when the site has not been built. */
export function assertBuilt(dir: string = distDir): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(
			`${dir}/index.html is missing: run "npm run build" before the build and e2e tests (npm test does both).`,
		);
	}
}

/** Every built HTML page, relative to the build folder (`kesepakatan/index.html`). */
export function listPages(dir: string = distDir): string[] {
	return listBuiltPages(dir);
}

/** The URL path a built file is served at, without the base: `en/agreement/index.html` → `/en/agreement/`. */
export function pathOfFile(file: string): string {
	return urlPathOfFile(file);
}

/** The built file that serves a URL path, or undefined when none does. */
export function fileOfPath(urlPath: string, dir: string = distDir): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '').replace(/^\//, '');
	const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
	return candidates.find((candidate) => existsSync(join(dir, candidate)) && statSync(join(dir, candidate)).isFile());
}

/** Pages parsed so far in this test file (each file runs in its own module scope), by folder and file. */
const parsed = new Map<string, CheerioAPI>();

/**
 * Parses a built page with cheerio (parse5 underneath, as browsers parse),
 * once per test file: later calls return the same document, so treat it as
 * read-only.
 */
export function loadPage(file: string, dir: string = distDir): CheerioAPI {
	const key = join(dir, file);
	let page = parsed.get(key);
	if (!page) {
		page = load(readFileSync(key, 'utf8'));
		parsed.set(key, page);
	}
	return page;
}

/** Parses the built page served at a URL path (`/en/glossary/`); throws naming the path when the build has none. */
export function loadPath(urlPath: string, dir: string = distDir): CheerioAPI {
	const file = fileOfPath(urlPath, dir);
	if (!file) throw new Error(`${urlPath} is not in the build.`);
	return loadPage(file, dir);
}

/** Whether a built page is a 404 page (served for missing paths, so its links are checked too). */
export function isNotFoundPage(file: string): boolean {
	return /(^|\/)404(\.html|\/index\.html)$/.test(file);
}
