/**
 * `npm run bench`: builds a synthetic bilingual site of N pages with this
 * project's real pipeline, with a minimal Starlight site (default engine and
 * unified + remark-gfm) and with Hugo when it is on the PATH, alternating the
 * builds; prints wall time, ms per page, peak memory, output and search index
 * size, and the ratios. Then measures search in Chromium on the built `dist/`.
 * Everything happens in a temporary folder; the repository is not changed.
 *
 * The project is built twice per N: once with its pages as `.md`, once with the
 * same pages as `.mdx`, so the table shows what MDX costs per page.
 *
 * Options: `--pages 100,1000` (default 100,1000,3000; repeatable), `--runs N`
 * (default 3), `--no-mdx` (skip the `.mdx` build), `--no-starlight`, `--no-search`,
 * `--keep` (leave the temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild, type BuildResult } from './bench/measure-build.ts';
import { measureSearchCost } from './bench/search-cost.ts';
import {
	firstRegistryId,
	installStarlight,
	prepareHugo,
	prepareProject,
	prepareStarlight,
	type BenchSite,
} from './bench/sites.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', multiple: true },
		runs: { type: 'string', default: '3' },
		'no-mdx': { type: 'boolean', default: false },
		'no-starlight': { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = (values.pages ?? ['100,1000,3000'])
	.flatMap((value) => value.split(','))
	.map(Number)
	.filter((n) => n >= 2);
const runs = Math.max(1, Number(values.runs));
const repo = process.cwd();
const pagefindBin = join(repo, 'node_modules/.bin/pagefind');

const MB = 1024 * 1024;
const median = (numbers: number[]): number => {
	const sorted = [...numbers].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function hugoOnPath(): boolean {
	try {
		execFileSync('hugo', ['version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** One row per site: medians over the runs, and the ratio of its ms/page to this project's. */
function printTable(pages: number, results: Map<string, BuildResult[]>): void {
	const rows = [...results].map(([name, list]) => {
		const wall = median(list.map((r) => r.wallMs));
		const first = list[0] as BuildResult;
		const known = (values: (number | undefined)[]): number | undefined => {
			const present = values.filter((value): value is number => value !== undefined);
			return present.length ? median(present) : undefined;
		};
		const cpu = known(list.map((r) => r.cpuSeconds));
		return {
			name,
			wall,
			perPage: wall / first.pages,
			first,
			peak: known(list.map((r) => r.peakBytes)),
			cpuPerPage: cpu === undefined ? undefined : (cpu * 1000) / first.pages,
		};
	});
	const ours = rows.find((row) => row.name === 'this project');
	const cells = (row: (typeof rows)[number]): string[] => [
		row.name,
		String(row.first.pages),
		(row.wall / 1000).toFixed(1),
		row.perPage.toFixed(1),
		row.cpuPerPage === undefined ? 'n/a' : row.cpuPerPage.toFixed(1),
		row.peak === undefined ? 'n/a' : (row.peak / MB).toFixed(0),
		(row.first.outputBytes / MB).toFixed(1),
		(row.first.searchIndexBytes / MB).toFixed(2),
		(row.first.medianHtmlGzip / 1024).toFixed(1),
		ours ? `${(row.perPage / ours.perPage).toFixed(2)}×` : 'n/a',
		ours?.cpuPerPage && row.cpuPerPage ? `${(row.cpuPerPage / ours.cpuPerPage).toFixed(2)}×` : 'n/a',
	];
	const header = [
		'site',
		'pages',
		'wall s',
		'ms/page',
		'CPU ms/page',
		'peak MB',
		'out MB',
		'index MB',
		'HTML gz KB',
		'wall vs ours',
		'CPU vs ours',
	];
	const table = [header, ...rows.map(cells)];
	const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] as string).length)));
	console.log(`\nN = ${pages} (median of ${runs} clean builds; ratio > 1 means slower than this project)`);
	for (const row of table)
		console.log(
			row
				.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
				.join('  '),
		);
	for (const row of rows)
		if (row.first.pagefindAdded)
			console.log(
				`  ${row.name}: its build made no search index; the Pagefind CLI indexed the output and is timed with it.`,
			);
}

async function main(): Promise<void> {
	const began = performance.now();
	const root = mkdtempSync(join(tmpdir(), 'sinergi-bench-'));
	console.log(`Benchmark: N = ${sizes.join(', ')}, ${runs} run(s) each, in a temporary folder`);
	try {
		const sourceId = firstRegistryId(repo);
		const starlight = values['no-starlight']
			? undefined
			: { plain: join(root, 'starlight-default'), unified: join(root, 'starlight-unified') };
		if (starlight) {
			const installStart = performance.now();
			console.log('Installing @astrojs/starlight and astro from the npm registry…');
			installStarlight(repo, starlight.plain);
			installStarlight(repo, starlight.unified, starlight.plain);
			console.log(`  installed in ${((performance.now() - installStart) / 1000).toFixed(0)} s`);
		}
		const hugo = hugoOnPath();
		if (!hugo) console.log('Hugo: skipped, `hugo` is not on the PATH.');
		for (const pages of sizes) {
			const sites: BenchSite[] = [prepareProject(repo, root, pages, sourceId)];
			if (!values['no-mdx']) sites.push(prepareProject(repo, root, pages, sourceId, '.mdx'));
			if (starlight)
				sites.push(
					prepareStarlight(starlight.plain, pages, sourceId, false),
					prepareStarlight(starlight.unified, pages, sourceId, true),
				);
			if (hugo) sites.push(prepareHugo(root, pages, sourceId));
			const results = new Map<string, BuildResult[]>(sites.map((site) => [site.name, []]));
			for (let run = 0; run < runs; run += 1) {
				// Alternate: each run starts with a different site, so no site always builds on a cold or warm machine.
				const order = sites.map((_, i) => sites[(i + run) % sites.length] as BenchSite);
				for (const site of order) {
					const result = await measureBuild(site, pagefindBin);
					results.get(site.name)?.push(result);
					console.log(`  N=${pages} run ${run + 1}: ${site.name} ${(result.wallMs / 1000).toFixed(1)} s`);
				}
			}
			printTable(pages, results);
		}
	} finally {
		if (values.keep) console.log(`Kept ${root}`);
		else rmSync(root, { recursive: true, force: true });
	}
	if (!values['no-search']) {
		const costs = await measureSearchCost();
		if (costs.length) {
			console.log('\nSearch on the built site (Chromium, last keystroke → first result)');
			for (const cost of costs) {
				const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
				console.log(
					`  ${cost.path.padEnd(12)} cold ${cost.coldMs.toFixed(0)} ms, warm ${cost.warmMs.toFixed(0)} ms (both include Pagefind's 150 ms typing pause)`,
				);
				console.log(
					`  ${''.padEnd(12)} first query: ${cost.coldRequests} files, ${kb(cost.coldBytes)} KB as served here, ${kb(cost.coldGzipBytes)} KB from a CDN that compresses`,
				);
			}
		}
	}
	console.log(`\nBenchmark took ${((performance.now() - began) / 60000).toFixed(1)} min`);
}

await main();
