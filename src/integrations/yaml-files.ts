import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readYamlList } from '../lib/schemas/yaml-list';

/**
 * Reads every YAML file under `src/content/` before anything else runs, with
 * the same reader as the collections (`readYamlList`). Collections load side
 * by side, and the Markdown plugins read the glossary and the registry while
 * pages render, so without this a syntax error in `glossary.yaml` could be
 * reported as an error of whichever page rendered first. Checked here, the
 * first error is always the YAML file's own: its name, line, column and fix.
 * A YAML file added later (a new collection) is checked without any change here.
 */
export function yamlFilesCheck(): AstroIntegration {
	return {
		name: 'sinergi:yaml-files',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const root = fileURLToPath(config.root);
				const content = join(root, 'src/content');
				const files = readdirSync(content, { recursive: true, encoding: 'utf8' })
					.filter((name) => /\.ya?ml$/.test(name))
					.sort();
				for (const name of files) readYamlList(join(content, name), root);
			},
		},
	};
}
