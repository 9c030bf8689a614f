import { relative } from 'node:path';
import { readYamlList } from '../schemas/yaml-list';
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
	// The shared reader stops on a syntax error or a duplicate id, naming this file, the line and column.
	const data = readYamlList(path).map((entry) => entry.data);
	const problems = registryProblems(data);
	if (problems.length > 0) {
		throw new Error(
			`${where}: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in the source registry:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
		);
	}
	return new Map((data as RegistrySource[]).map((source) => [source.id, source]));
}
