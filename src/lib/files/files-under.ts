import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under a folder (dot files too), as paths relative to it with `/`
 * separators, sorted; none when the folder does not exist. With `suffix`,
 * only the names that end in it (`.md`). The project's one directory walk:
 * the build's checks, the scripts and the tests all list files with it.
 */
export function filesUnder(dir: string, suffix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
