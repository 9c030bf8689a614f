import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, fileOfPath, loadPage, pathOfFile } from './dist.ts';
import { basePath } from '../../src/i18n/urls';

/** What one built page costs a reader before they interact with it, in gzip bytes. */
export interface PageWeight {
	/** Built file, relative to the build folder (`kesepakatan/index.html`). */
	file: string;
	html: number;
	/** Every stylesheet the page links plus its inline `<style>` blocks. */
	css: number;
	/** Scripts run on load: classic and module scripts, their static imports, inline scripts. */
	js: number;
	/** `<link rel="stylesheet">` that block rendering (no `media` that lets the browser defer them). */
	blockingStylesheets: number;
	/** Images lacking width/height or served in a format older than WebP/AVIF/SVG, described. */
	badImages: string[];
	/** Referenced CSS or JS files that are not in the build (they would be 404s). */
	missing: string[];
}

/**
 * The JavaScript a page may run before any interaction, in gzip bytes: search, sharing, the offline
 * copy, the menu and glossary dismissal, and a page's own table; everything else loads with import().
 * 2 KB until 7 December 2026, when Escape and a tap outside began to close the open menu (178 B gzip on
 * every page) and took the commodity directory, the one page with a sortable table, to 2,118 B. What
 * would win it back: the share links' address correction run on first touch of the share block (438 B).
 */
export const JS_BEFORE_INTERACTION = 2.1 * 1024;

/** Gzip size at Node's default level, as a static host that compresses on the fly would send it. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content).length;
}

const MODERN_IMAGE = /\.(webp|avif|svg)$/i;
/** Media queries a browser does not wait for before the first paint. */
const NON_BLOCKING_MEDIA = /^(print|not all|\(prefers-color-scheme)/i;
/** `import … from "x"`, `import "x"` and `export … from "x"`; never `import("x")`, which waits for use. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

/** The path under the build folder an absolute-path or relative URL points to, base path removed. */
function fileOfUrl(href: string, pagePath: string, base: string): string | undefined {
	const url = new URL(href, `http://site${base}${pagePath.replace(/^\//, '')}`);
	if (url.hostname !== 'site' || !url.pathname.startsWith(base)) return undefined;
	return fileOfPath(`/${url.pathname.slice(base.length)}`);
}

/** Static imports of one module, resolved to files, followed recursively; dynamic imports are skipped. */
function moduleGraph(entry: string, base: string, seen: Set<string>): void {
	if (seen.has(entry)) return;
	seen.add(entry);
	const source = readFileSync(join(distDir, entry), 'utf8');
	for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
		if (!specifier || !/^(\.|\/)/.test(specifier)) continue;
		const imported = fileOfUrl(specifier, pathOfFile(entry), base);
		if (imported) moduleGraph(imported, base, seen);
	}
}

/** Whether an image source (one URL, query and fragment removed) is in a modern format. */
function isModern(src: string): boolean {
	return MODERN_IMAGE.test(src.split(/[?#]/)[0] ?? '') || src.startsWith('data:image/svg');
}

/**
 * Measures one built page: gzip sizes of its HTML, CSS and load-time JavaScript,
 * its render-blocking stylesheets and its images. `base` is the site's base path.
 */
export function measurePage(file: string, base: string = builtBase()): PageWeight {
	const $ = loadPage(file);
	const pagePath = pathOfFile(file);
	const missing: string[] = [];
	const resolve = (href: string): string | undefined => {
		const found = fileOfUrl(href, pagePath, base);
		if (!found && !/^[a-z]+:\/\//i.test(href)) missing.push(href);
		return found;
	};

	const stylesheets = $('link[rel~="stylesheet"]').toArray();
	const cssFiles = stylesheets.map((el) => resolve($(el).attr('href') ?? '')).filter((f): f is string => Boolean(f));
	const inlineCss = $('style')
		.map((_, el) => $(el).text())
		.get()
		.join('');
	const css = gzipSize(cssFiles.map((f) => readFileSync(join(distDir, f), 'utf8')).join('') + inlineCss);
	const blockingStylesheets = stylesheets.filter(
		(el) => !NON_BLOCKING_MEDIA.test(($(el).attr('media') ?? '').trim()),
	).length;

	const modules = new Set<string>();
	const scripts = $('script')
		.toArray()
		.filter((el) => {
			const type = $(el).attr('type') ?? '';
			return type === '' || type === 'module' || /javascript/i.test(type);
		});
	const inlineJs: string[] = [];
	for (const el of scripts) {
		const src = $(el).attr('src');
		if (!src) inlineJs.push($(el).text());
		else {
			const entry = resolve(src);
			if (entry) moduleGraph(entry, base, modules);
		}
	}
	const js = gzipSize([...[...modules].map((f) => readFileSync(join(distDir, f), 'utf8')), ...inlineJs].join(''));

	const badImages: string[] = [];
	$('img').each((_, el) => {
		const img = $(el);
		const src = img.attr('src') ?? '';
		const srcset = (img.attr('srcset') ?? '')
			.split(',')
			.map((part) => part.trim().split(/\s+/)[0] ?? '')
			.filter(Boolean);
		if (!img.attr('width') || !img.attr('height')) badImages.push(`${src}: no width/height`);
		for (const candidate of [src, ...srcset])
			if (!isModern(candidate)) badImages.push(`${candidate}: not WebP, AVIF or SVG`);
	});

	const html = gzipSize(readFileSync(join(distDir, file)));
	return { file, html, css, js, blockingStylesheets, badImages, missing };
}

/** The base path the site was built with (`BASE_PATH`), as `/` or `/sub/`. */
function builtBase(): string {
	return basePath(process.env['BASE_PATH'] ?? '/');
}
