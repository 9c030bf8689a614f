import { spawn } from 'node:child_process';
import {
	appendFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** The project under test. */
export const projectRoot = process.cwd();

/** Top-level entries never copied: installs, builds, caches, history, and the tests themselves. */
const SKIP = new Set(['node_modules', '.git', '.astro', 'tests', 'dist-reports']);

/**
 * Copies the project (sources and configuration, not builds or caches) into a
 * fresh temporary folder, with a `node_modules` of links to the installed
 * packages (so builds in several copies do not share Vite's or Astro's caches),
 * then lays the files of each `overlay` (a folder shaped like the project) on top.
 * An overlay file named `<file>.append` is added to the end of `<file>`
 * instead (one bad entry in a YAML list, without a copy of the whole list).
 */
export function copyProject(...overlays: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'sinergi-build-'));
	for (const name of readdirSync(projectRoot)) {
		if (SKIP.has(name) || name === 'dist' || name.startsWith('dist-')) continue;
		cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
	}
	mkdirSync(join(dir, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name === '.vite' || name === '.astro') continue;
		symlinkSync(join(projectRoot, 'node_modules', name), join(dir, 'node_modules', name));
	}
	for (const overlay of overlays) layOver(overlay, dir);
	return dir;
}

function layOver(overlay: string, dir: string): void {
	for (const entry of readdirSync(overlay, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const from = join(entry.parentPath, entry.name);
		const to = join(dir, relative(overlay, from));
		mkdirSync(dirname(to), { recursive: true });
		if (to.endsWith('.append')) appendFileSync(to.slice(0, -'.append'.length), readFileSync(from));
		else cpSync(from, to);
	}
}

/** The outcome of a build: exit code and everything it printed. */
export interface BuildResult {
	code: number;
	output: string;
}

/**
 * What Vitest sets in a test worker's environment for the code under test. A
 * build started from a test must not inherit it: Astro takes `BASE_URL` over
 * its `base` setting, and `NODE_ENV=test` is not a production build.
 */
const TEST_RUNNER_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];

/** Runs `astro build` in a folder with the given environment; resolves when it exits. */
export function astroBuild(dir: string, env: Record<string, string> = {}, outDir?: string): Promise<BuildResult> {
	return astro(dir, ['build', ...(outDir ? ['--outDir', outDir] : [])], env);
}

/**
 * Runs `astro sync` in a folder: the integrations' set-up hooks and the content
 * sync (every collection loaded and checked against its schema), which is where
 * a build starts, without rendering a page. An error found there stops a build
 * at the same point, with the same message, in a fraction of a build's time.
 */
export function astroSync(dir: string): Promise<BuildResult> {
	return astro(dir, ['sync']);
}

function astro(dir: string, args: string[], env: Record<string, string> = {}): Promise<BuildResult> {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_ENV.includes(name)));
	return new Promise((resolve, reject) => {
		const child = spawn(join(dir, 'node_modules/.bin/astro'), args, {
			cwd: dir,
			env: {
				...inherited,
				...env,
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
				PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
			},
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** Removes a temporary copy. */
export function removeCopy(dir: string): void {
	if (relative(tmpdir(), dir).startsWith('..')) throw new Error(`Refusing to remove ${dir}: not a temporary copy.`);
	rmSync(dir, { recursive: true, force: true });
}

/** Runs tasks with at most `limit` at once (the machine has two cores), keeping their order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
