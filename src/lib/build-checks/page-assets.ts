import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrlPath, tagsOfBuiltPage } from './built-site';
import { filesUnder } from '../files/files-under';

/** `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{][^'"();]*?\bfrom\s*)?["']([^"']+)["']/g;

/**
 * The build-relative files a built page loads as it opens: its stylesheets,
 * icons, module scripts and everything those import statically, found in the
 * page's tags and the scripts' text. Sorted; links outside the base are skipped.
 */
export function assetsOfBuiltPage(dir: string, file: string, base: string): string[] {
	const files = new Set(filesUnder(dir));
	const found = new Set<string>();
	const resolve = (href: string, from: string): string | undefined => {
		const url = new URL(href, `http://site${base}${from}`);
		return url.hostname === 'site' && url.pathname.startsWith(base)
			? fileOfUrlPath(files, url.pathname.slice(base.length))
			: undefined;
	};
	const follow = (script: string): void => {
		if (found.has(script)) return;
		found.add(script);
		for (const [, specifier] of readFileSync(join(dir, script), 'utf8').matchAll(STATIC_IMPORT)) {
			const imported = specifier && /^[./]/.test(specifier) ? resolve(specifier, script) : undefined;
			if (imported) follow(imported);
		}
	};
	for (const tag of tagsOfBuiltPage(dir, file)) {
		const rel = tag.attributes['rel']?.split(/\s+/) ?? [];
		const href =
			tag.name === 'link' && (rel.includes('stylesheet') || rel.includes('icon')) ? tag.attributes['href'] : undefined;
		const src = tag.name === 'script' ? tag.attributes['src'] : undefined;
		const target = href ?? src;
		const resolved = target ? resolve(target, file) : undefined;
		if (!resolved) continue;
		if (src) follow(resolved);
		else found.add(resolved);
	}
	return [...found].sort();
}
