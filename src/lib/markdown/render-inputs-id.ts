import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files/files-under';

/** What rendering a Markdown page can read: the code, the registry, the glossary, the UI strings, the pinned packages. */
const INPUTS = ['src', 'astro.config.mjs', 'package-lock.json'] as const;

/** The pages themselves: the content layer keeps each rendered page by its own digest. */
const isPageSource = (file: string): boolean => file.startsWith('src/content/') && /\.mdx?$/.test(file);

/**
 * A hash of every file a Markdown page's rendering may read except the pages
 * themselves. Astro keeps each rendered page between builds until the page or
 * Astro's config changes (its `vite` settings are left out of that check), and
 * the plugins get the registry's and the glossary's paths, not their text: so
 * without this id in the config, a rebuild after an edit to the registry, the
 * glossary, a plugin or a UI string kept every unchanged page as it was.
 */
export function markdownRenderInputsId(root: string): string {
	const hash = createHash('sha256');
	for (const entry of INPUTS) {
		const full = join(root, entry);
		if (!existsSync(full)) continue;
		const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => `${entry}/${file}`) : [entry];
		for (const file of files.filter((name) => !isPageSource(name))) {
			hash.update(`${file}\0`);
			hash.update(readFileSync(join(root, file)));
			hash.update('\n');
		}
	}
	return hash.digest('hex').slice(0, 10);
}

/**
 * A remark plugin that changes nothing: its options (`{ id: markdownRenderInputsId(root) }`)
 * put the render inputs' id into Astro's config, so a new id renders every page again.
 */
export function remarkRenderInputs(_options: { id: string }): void {}
