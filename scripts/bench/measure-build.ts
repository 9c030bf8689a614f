/**
 * Runs one clean build of a benchmark site and measures it: wall time, peak
 * memory of the build process, output size, search index size, page count.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../../src/lib/build-checks/files.ts';
import type { BenchSite } from './sites.ts';

/** The numbers of one build. */
export interface BuildResult {
	site: string;
	wallMs: number;
	/** Largest resident set of the build's processes, bytes; undefined without GNU time. */
	peakBytes: number | undefined;
	/** User + system CPU seconds of the build's processes (steadier than wall time on a busy machine). */
	cpuSeconds: number | undefined;
	/** Built HTML pages, 404 pages left out. */
	pages: number;
	outputBytes: number;
	searchIndexBytes: number;
	/** Median gzip size of the built HTML pages. */
	medianHtmlGzip: number;
	/** Whether the Pagefind CLI had to index the output (the site's build did not). */
	pagefindAdded: boolean;
}

const GNU_TIME = '/usr/bin/time';

/** Peak RSS and CPU seconds of one command, when GNU time can measure them. */
interface Usage {
	peak: number;
	cpu: number;
}

/** Runs a command; resolves with its resource usage when GNU time can measure it. */
function run(command: string[], cwd: string): Promise<Usage | undefined> {
	const withTime = existsSync(GNU_TIME);
	const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
	const timeFile = join(scratch, 'rss');
	const [program, ...args] = withTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...command] : command;
	return new Promise((resolve, reject) => {
		const child = spawn(program as string, args, {
			cwd,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => {
			errors = `${errors}${chunk.toString()}`.slice(-4000);
		});
		child.on('error', reject);
		child.on('close', (code) => {
			const [peak, user, system] =
				withTime && existsSync(timeFile)
					? (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number)
					: [];
			rmSync(scratch, { recursive: true, force: true });
			const usage =
				peak === undefined || user === undefined || system === undefined
					? undefined
					: { peak: peak * 1024, cpu: user + system };
			if (code === 0) resolve(usage);
			else reject(new Error(`${command.join(' ')} failed in ${cwd} (exit ${code}):\n${errors}`));
		});
	});
}

/** Every file under a folder, with full paths. */
function walk(dir: string): string[] {
	return filesUnder(dir).map((file) => join(dir, file));
}

const bytesOf = (files: string[]): number => files.reduce((sum, file) => sum + statSync(file).size, 0);

/**
 * Builds a site from clean caches; when the output has no Pagefind index, runs
 * the Pagefind CLI from `pagefindBin` on it and counts that time too, so every
 * site is measured with its search index.
 */
export async function measureBuild(site: BenchSite, pagefindBin: string): Promise<BuildResult> {
	for (const cache of site.caches) rmSync(join(site.dir, cache), { recursive: true, force: true });
	const start = performance.now();
	let usage = await run(site.command, site.dir);
	const pagefindAdded = !existsSync(join(site.outDir, 'pagefind'));
	if (pagefindAdded) {
		const index = await run([pagefindBin, '--site', site.outDir, '--silent'], site.dir);
		usage = usage && index ? { peak: Math.max(usage.peak, index.peak), cpu: usage.cpu + index.cpu } : undefined;
	}
	const wallMs = performance.now() - start;
	const files = walk(site.outDir);
	const html = files.filter(
		(file) =>
			file.endsWith('.html') &&
			!file.includes(`${join(site.outDir, 'pagefind')}`) &&
			!/(^|\/)404(\.html|\/index\.html)$/.test(file),
	);
	const gz = html.map((file) => gzipSync(readFileSync(file)).length).sort((a, b) => a - b);
	return {
		site: site.name,
		wallMs,
		peakBytes: usage?.peak,
		cpuSeconds: usage?.cpu,
		pages: html.length,
		outputBytes: bytesOf(files),
		searchIndexBytes: bytesOf(walk(join(site.outDir, 'pagefind'))),
		medianHtmlGzip: gz[Math.floor((gz.length - 1) / 2)] ?? 0,
		pagefindAdded,
	};
}
