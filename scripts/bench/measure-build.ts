/**
 * Runs one build of a benchmark site, clean or warm, and measures it: wall
 * time, peak memory and CPU of the build process, output size, search index
 * size, page count, and what the project's build reports (share images drawn
 * and reused with each step's cost, the offline copy's size per language).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder } from '../../src/lib/files/files-under.ts';
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
	/** Clean (no caches) or warm (the last build's caches kept, one page changed). */
	kind: 'clean' | 'warm';
	/** What the build did with its share images, when it makes them. */
	share?: ShareReport;
	/** Each language's offline copy as stored on a device, bytes, when the site makes one. */
	offline?: { locale: string; stored: number }[];
}

/** The share image report a build of this project writes (`src/integrations/share-images.ts`). */
export interface ShareReport {
	drawn: number;
	reused: number;
	threads: number;
	/** Sums over the drawn images, ms: each step's wall time on its thread, and the thread's CPU for layout and rasterising. */
	ms: { layout: number; raster: number; encode: number; layoutCpu: number; rasterCpu: number };
	/** From the first image started to the last one stored, ms. */
	drawingWallMs: number;
}

const GNU_TIME = '/usr/bin/time';

/** Peak RSS and CPU seconds of one command, when GNU time can measure them. */
interface Usage {
	peak: number;
	cpu: number;
}

/** Runs a command; resolves with its resource usage when GNU time can measure it. */
function run(command: string[], cwd: string, env: Record<string, string> = {}): Promise<Usage | undefined> {
	const withTime = existsSync(GNU_TIME);
	const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
	const timeFile = join(scratch, 'rss');
	const [program, ...args] = withTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...command] : command;
	return new Promise((resolve, reject) => {
		const child = spawn(program as string, args, {
			cwd,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
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

/** Each language's offline manifest in a build (`offline/<locale>.json`), with its stored bytes. */
function offlineSizes(outDir: string): { locale: string; stored: number }[] | undefined {
	const folder = join(outDir, 'offline');
	if (!existsSync(folder)) return undefined;
	return readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({
			locale: name.replace(/\.json$/, ''),
			stored: (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { stored: number }).stored,
		}));
}

/**
 * Builds a site, clean (every cache deleted first) or warm (the caches of the
 * build before kept, one page's title and text changed, as an editor's next
 * preview); when the output has no Pagefind index, runs the Pagefind CLI from
 * `pagefindBin` on it and counts that time too, so every site is measured with
 * its search index.
 */
export async function measureBuild(
	site: BenchSite,
	pagefindBin: string,
	kind: 'clean' | 'warm' = 'clean',
	round = 1,
): Promise<BuildResult> {
	if (kind === 'clean')
		for (const cache of site.caches) rmSync(join(site.dir, cache), { recursive: true, force: true });
	else site.changeOnePage(round);
	if (site.shareReport) rmSync(site.shareReport, { force: true });
	const start = performance.now();
	let usage = await run(site.command, site.dir, site.env);
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
	const offline = offlineSizes(site.outDir);
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
		kind,
		...(site.shareReport && existsSync(site.shareReport)
			? { share: JSON.parse(readFileSync(site.shareReport, 'utf8')) as ShareReport }
			: {}),
		...(offline ? { offline } : {}),
	};
}
