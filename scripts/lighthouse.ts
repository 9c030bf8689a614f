/**
 * `npm run lighthouse`: Lighthouse in mobile emulation on the built site served
 * on 127.0.0.1, with the same Chromium as the browser tests. For each measured
 * page and language: the median of the four category scores over several runs,
 * and the audits that cost points. Build first (`npm run build`).
 *
 * Options: `--runs N` (default 3), `--page /path/` (repeatable, replaces the default list).
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findChromium } from '../tests/helpers/browser.ts';
import { assertBuilt, fileOfPath } from '../tests/helpers/dist.ts';
import { serveDist } from '../tests/helpers/server.ts';

/** One page of each kind, in both languages (the URL map's slugs). */
const DEFAULT_PAGES = [
	['home', '/', '/en/'],
	['explainer', '/kesepakatan/', '/en/agreement/'],
	['commodity profile (kratom: MDX, claim and log-scale chart)', '/komoditas/kratom/', '/en/commodities/kratom/'],
	['MDX explainer with four charts (economy)', '/ekonomi-dua-provinsi/', '/en/economy/'],
	['glossary', '/glosarium/', '/en/glossary/'],
	['search', '/cari/', '/en/search/'],
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Chromium must reach nothing but the local server: every host name except
 * 127.0.0.1 resolves to nothing, and background services stay off.
 */
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
	'--no-pings',
];

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '3' }, page: { type: 'string', multiple: true } },
});
const runs = Math.max(1, Number(values.runs));
const pages: string[] = values.page ?? DEFAULT_PAGES.flatMap(([, id, en]) => [id, en]);

const median = (numbers: number[]): number => {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

/** Scores 0–100 of one run, by category. */
function scores(lhr: Result): Record<string, number> {
	return Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
}

/** Audits with weight in a category that did not score full marks, one line each. */
function lostPoints(lhr: Result): string[] {
	const lines: string[] = [];
	for (const id of CATEGORIES) {
		for (const ref of lhr.categories[id]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
			const value = audit.displayValue ? ` (${audit.displayValue})` : '';
			lines.push(`    ${id}: ${audit.id} — ${audit.title}${value}, score ${Math.round(audit.score * 100)}`);
			for (const item of auditItems(audit.details).slice(0, 3)) lines.push(`      · ${item}`);
		}
	}
	return lines;
}

/** What an audit found, as short strings: the URL, source or description of its first items. */
function auditItems(details: Result['audits'][string]['details']): string[] {
	if (!details || !('items' in details) || !Array.isArray(details.items)) return [];
	return details.items.map((item) => {
		const record = item as Record<string, unknown>;
		const source = record['sourceLocation'] as { url?: string } | undefined;
		const text = [record['url'], source?.url, record['description']].find(
			(value): value is string => typeof value === 'string' && value !== '',
		);
		return text ?? JSON.stringify(item).slice(0, 160);
	});
}

/** Runs Lighthouse on one URL, mobile emulation and simulated slow 4G (its defaults). */
async function audit(url: string, port: number): Promise<Result> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...CATEGORIES],
		formFactor: 'mobile',
		disableFullPageScreenshot: true,
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
	return result.lhr;
}

async function main(): Promise<void> {
	assertBuilt();
	const server = await serveDist({ base: process.env['BASE_PATH'] ?? '/' });
	let chrome: LaunchedChrome | undefined;
	const summary: string[] = [];
	try {
		chrome = await launch({ chromePath: await findChromium(), chromeFlags: CHROME_FLAGS });
		console.log(`Lighthouse, mobile, median of ${runs} runs per page, site on ${server.root}`);
		const [load] = loadavg();
		// Lighthouse times the page's main-thread work, so a machine busy with other work lowers the performance score.
		if ((load ?? 0) > availableParallelism())
			console.log(
				`Note: load average ${load?.toFixed(1)} on ${availableParallelism()} cores; performance scores will read low. Rerun on an idle machine.`,
			);
		console.log('');
		for (const path of pages) {
			if (!fileOfPath(path)) {
				console.log(`${path}: skipped, the page is not in the build yet`);
				continue;
			}
			const url = new URL(path.replace(/^\//, ''), server.root).href;
			const results: Result[] = [];
			for (let run = 0; run < runs; run += 1) results.push(await audit(url, chrome.port));
			const perRun = results.map(scores);
			const med = Object.fromEntries(CATEGORIES.map((id) => [id, median(perRun.map((s) => s[id] as number))]));
			// The run whose performance score is the median stands for the page's lost points.
			const representative = results[perRun.findIndex((s) => s['performance'] === med['performance'])] as Result;
			const line = `${path.padEnd(28)} ${CATEGORIES.map((id) => `${id} ${med[id]}`).join('  ')}`;
			summary.push(line);
			console.log(line);
			const lost = lostPoints(representative);
			console.log(lost.length ? lost.join('\n') : '    no audit lost points');
		}
	} finally {
		chrome?.kill();
		await server.close();
	}
	console.log(`\nSummary (median of ${runs})\n${summary.join('\n')}`);
}

await main();
