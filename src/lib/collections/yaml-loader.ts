import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readYamlList } from '../schemas/yaml-list';

/**
 * The content loader of every YAML collection: `defineCollection({ loader:
 * yamlCollection('src/content/x.yaml'), schema })`. A new YAML collection uses
 * it too, and gets the same guarantees.
 *
 * Astro's own `file()` loader only logs a YAML syntax error and returns, which
 * leaves the collection empty on a fresh build and stale (the previous build's
 * data, from the content cache) on a warm one. This loader parses with
 * `parseYamlList` and throws instead, naming the file, line, column and fix,
 * so the build stops whatever the cache holds. It validates every entry before
 * touching the store, then clears the store and writes them all, so the store
 * never mixes old and new entries.
 */
export function yamlCollection(file: string): Loader {
	return {
		name: 'sinergi-yaml',
		load: async (context: LoaderContext): Promise<void> => {
			const root = fileURLToPath(context.config.root);
			const path = fileURLToPath(new URL(file, context.config.root));
			await sync(context, path, root, file);
			context.watcher?.add(path);
			context.watcher?.on('change', (changed) => {
				if (changed !== path) return;
				// In the dev server a bad edit is reported and the last good data stays until it is fixed.
				sync(context, path, root, file).catch((error: unknown) =>
					context.logger.error(error instanceof Error ? error.message : String(error)),
				);
			});
		},
	};
}

async function sync({ store, parseData }: LoaderContext, path: string, root: string, file: string): Promise<void> {
	const entries = readYamlList(path, root);
	const parsed: { id: string; data: Record<string, unknown> }[] = [];
	for (const entry of entries) {
		parsed.push({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data, filePath: path }) });
	}
	store.clear();
	for (const { id, data } of parsed) store.set({ id, data, filePath: file });
}
