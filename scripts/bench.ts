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
 * After each clean build the same site is built again warm: its caches kept and
 * one page's title and text changed, as an editor's next preview. The project's
 * rows also give what its share images cost (drawn, reused, each step's CPU per
 * image) and its offline copy's size per language against the budget, which
 * the synthetic build reports instead of enforcing. Tables print as Markdown.
 *
 * Options: `--pages 100,1000` (default 100,1000,3000; repeatable), `--runs N`
 * (default 3), `--no-mdx` (skip the `.mdx` build), `--no-starlight`,
 * `--no-unified` (Starlight's default engine only), `--no-hugo`, `--no-warm`,
 * `--no-search`, `--keep` (leave the temporary folder).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBuild, type BuildResult } from './bench/measure-build.ts';
import { OFFLINE_BUDGET_BYTES } from '../src/integrations/offline.ts';
import { measureSearchCost } from './bench/search-cost.ts';
import {
	firstRegistryId,
	installStarlight,
	projectSiteName,
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
		'no-unified': { type: 'boolean', default: false },
		'no-hugo': { type: 'boolean', default: false },
		'no-warm': { type: 'boolean', default: false },
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

/** The machine's load averages over 1, 5 and 15 minutes, as printed beside every table. */
const load = (): string =>
	loadavg()
		.map((value) => value.toFixed(1))
		.join(' / ');

/** A Markdown table with right-aligned numbers. */
function markdownTable(header: string[], rows: string[][]): void {
	console.log(`| ${header.join(' | ')} |`);
	console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
	for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

const known = (values: (number | undefined)[]): number | undefined => {
	const present = values.filter((value): value is number => value !== undefined);
	return present.length ? median(present) : undefined;
};

/** One row per site: medians over the runs, clean and warm, and the ratio to this project. */
function printTable(pages: number, results: Map<string, BuildResult[]>): void {
	const rows = [...results].map(([name, list]) => {
		const clean = list.filter((r) => r.kind === 'clean');
		const warm = list.filter((r) => r.kind === 'warm');
		const first = clean[0] as BuildResult;
		const wall = median(clean.map((r) => r.wallMs));
		const cpu = known(clean.map((r) => r.cpuSeconds));
		return {
			name,
			first,
			clean,
			warm,
			wall,
			warmWall: warm.length ? median(warm.map((r) => r.wallMs)) : undefined,
			perPage: wall / first.pages,
			peak: known(clean.map((r) => r.peakBytes)),
			cpuPerPage: cpu === undefined ? undefined : (cpu * 1000) / first.pages,
		};
	});
	const ours = rows.find((row) => row.name === projectSiteName('.md'));
	const ratio = (a: number | undefined, b: number | undefined): string =>
		a !== undefined && b ? `${(a / b).toFixed(2)}×` : 'n/a';
	console.log(
		`\nN = ${pages}: median of ${runs} clean build(s) and the warm rebuild after each; load ${load()} (1/5/15 min); ratio > 1 means slower than this project`,
	);
	markdownTable(
		[
			'site',
			'pages',
			'clean s',
			'ms/page',
			'CPU ms/page',
			'warm s',
			'peak MB',
			'out MB',
			'index MB',
			'HTML gz KB',
			'clean vs ours',
			'warm vs ours',
		],
		rows.map((row) => [
			row.name,
			String(row.first.pages),
			(row.wall / 1000).toFixed(1),
			row.perPage.toFixed(1),
			row.cpuPerPage === undefined ? 'n/a' : row.cpuPerPage.toFixed(1),
			row.warmWall === undefined ? 'n/a' : (row.warmWall / 1000).toFixed(1),
			row.peak === undefined ? 'n/a' : (row.peak / MB).toFixed(0),
			(row.first.outputBytes / MB).toFixed(1),
			(row.first.searchIndexBytes / MB).toFixed(2),
			(row.first.medianHtmlGzip / 1024).toFixed(1),
			ratio(row.wall, ours?.wall),
			ratio(row.warmWall, ours?.warmWall),
		]),
	);
	for (const row of rows) {
		if (row.first.pagefindAdded)
			console.log(
				`  ${row.name}: its build made no search index; the Pagefind CLI indexed the output and is timed with it.`,
			);
		const share = row.first.share;
		if (share) {
			const steps = share.ms.layout + share.ms.raster + share.ms.encode;
			const each = (ms: number): string => (share.drawn ? (ms / share.drawn).toFixed(0) : '0');
			console.log(
				`  ${row.name}: share images (clean): ${share.drawn} drawn on ${share.threads} threads in ${(share.drawingWallMs / 1000).toFixed(1)} s beside the pages; per image ${each(steps)} ms of thread time (layout ${each(share.ms.layout)}, CPU ${each(share.ms.layoutCpu)}; rasterise ${each(share.ms.raster)}, CPU ${each(share.ms.rasterCpu)}; PNG ${each(share.ms.encode)}); ${(steps / row.first.pages).toFixed(1)} ms per page`,
			);
			const warmShare = row.warm[0]?.share;
			if (warmShare)
				console.log(
					`  ${row.name}: share images (warm, one page changed): ${warmShare.drawn} drawn, ${warmShare.reused} reused from the cache`,
				);
		}
		const offline = row.first.offline;
		if (offline)
			console.log(
				`  ${row.name}: offline copy stored per language: ${offline.map(({ locale, stored }) => `${locale} ${(stored / MB).toFixed(2)} MB`).join(', ')} (budget ${OFFLINE_BUDGET_BYTES / MB} MB per saved unit: ${offline.some(({ stored }) => stored > OFFLINE_BUDGET_BYTES) ? 'over, reported not enforced' : 'within'})`,
			);
	}
	const starlight = rows.find((row) => row.name === 'Starlight, default engine');
	if (ours && starlight)
		console.log(
			`  targets: clean ${ratio(ours.wall, starlight.wall)} Starlight's default build (≤ 1.5× at N = 1000, < 1× at N = 3000); warm ${ratio(ours.warmWall, starlight.warmWall)} Starlight's warm rebuild (≤ 1×)`,
		);
}

async function main(): Promise<void> {
	const began = performance.now();
	const root = mkdtempSync(join(tmpdir(), 'sinergi-bench-'));
	console.log(
		`Benchmark: N = ${sizes.join(', ')}, ${runs} run(s) each, in a temporary folder; ${new Date().toISOString()}, load ${load()}`,
	);
	try {
		const sourceId = firstRegistryId(repo);
		const starlight = values['no-starlight']
			? undefined
			: {
					plain: join(root, 'starlight-default'),
					unified: values['no-unified'] ? undefined : join(root, 'starlight-unified'),
				};
		if (starlight) {
			const installStart = performance.now();
			console.log('Installing @astrojs/starlight and astro from the npm registry…');
			installStarlight(repo, starlight.plain);
			if (starlight.unified) installStarlight(repo, starlight.unified, starlight.plain);
			console.log(`  installed in ${((performance.now() - installStart) / 1000).toFixed(0)} s`);
		}
		const hugo = !values['no-hugo'] && hugoOnPath();
		if (!hugo) console.log('Hugo: skipped, `hugo` is not on the PATH.');
		for (const pages of sizes) {
			const sites: BenchSite[] = [prepareProject(repo, root, pages, sourceId)];
			if (!values['no-mdx']) sites.push(prepareProject(repo, root, pages, sourceId, '.mdx'));
			if (starlight) sites.push(prepareStarlight(starlight.plain, pages, sourceId, false));
			if (starlight?.unified) sites.push(prepareStarlight(starlight.unified, pages, sourceId, true));
			if (hugo) sites.push(prepareHugo(root, pages, sourceId));
			const results = new Map<string, BuildResult[]>(sites.map((site) => [site.name, []]));
			for (let run = 0; run < runs; run += 1) {
				// Alternate: each run starts with a different site, so no site always builds on a cold or warm machine.
				const order = sites.map((_, i) => sites[(i + run) % sites.length] as BenchSite);
				for (const site of order) {
					const result = await measureBuild(site, pagefindBin, 'clean');
					results.get(site.name)?.push(result);
					let line = `  N=${pages} run ${run + 1}: ${site.name} clean ${(result.wallMs / 1000).toFixed(1)} s`;
					if (!values['no-warm']) {
						const warm = await measureBuild(site, pagefindBin, 'warm', run + 1);
						results.get(site.name)?.push(warm);
						line += `, warm ${(warm.wallMs / 1000).toFixed(1)} s`;
					}
					console.log(`${line} (load ${load()})`);
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
				console.log(
					`  ${''.padEnd(12)} ${cost.coldFiles.map((file) => `${file.path.replace(/^.*\//, '')} ${kb(file.gzipBytes)}`).join(', ')}`,
				);
			}
		}
	}
	console.log(`\nBenchmark took ${((performance.now() - began) / 60000).toFixed(1)} min`);
}

await main();
