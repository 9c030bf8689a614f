import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { registryProblems, type RegistrySource } from './source-rules';

export type { RegistrySource } from './source-rules';

/**
 * Reads the citation registry (`src/content/sources.yaml`) into a map by id.
 * The Markdown plugins run before collections are available, so this reader
 * checks the registry itself with the same rules as the `sources` collection
 * (`source-rules.ts`), plus the rules across entries (no id or article twice).
 * Any problem stops the build, naming the file, the entry, the field and the fix.
 */
export function readSourceRegistry(path: string): Map<string, RegistrySource> {
	const where = relative(process.cwd(), path) || path;
	const data: unknown = parse(readFileSync(path, 'utf8'));
	if (!Array.isArray(data)) throw new Error(`${where}: expected a YAML list of sources (lines starting with "- id:").`);
	const problems = registryProblems(data);
	if (problems.length > 0) {
		throw new Error(
			`${where}: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in the source registry:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	}
	return new Map((data as RegistrySource[]).map((source) => [source.id, source]));
}
