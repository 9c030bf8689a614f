/**
 * `npm run translations` — the status of every translated page.
 * `npm run translations -- --mark <page>` — records that a translation was reviewed against its original.
 * `npm run translations -- --mark --all` — records a review of every pair (after merging pages written without one).
 * `--original en` says that the English side is the original of a pair never reviewed before (default: Indonesian).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../src/i18n/locales';
import { judgePair, markPair, type PairReport } from '../src/lib/translations/translation-freshness';
import { findPairs, readPagePairs } from '../src/lib/translations/translation-pairs';

const { values, positionals } = parseArgs({
	options: {
		mark: { type: 'boolean', default: false },
		all: { type: 'boolean', default: false },
		original: { type: 'string' },
		content: { type: 'string', default: join(process.cwd(), 'src', 'content') },
	},
	allowPositionals: true,
});

function fail(message: string): never {
	console.error(`Error: ${message}`);
	process.exit(1);
}

const pairs = readPagePairs(values.content);
const original = values.original;
if (original !== undefined && !isLocale(original)) fail(`--original must be "id" or "en", not "${original}".`);

if (values.mark) {
	if (!values.all && positionals.length === 0)
		fail(
			'name the page to mark, e.g. "npm run translations -- --mark agreement", or mark every pair with "--mark --all".',
		);
	const chosen = values.all
		? pairs.filter((pair) => pair.files.id && pair.files.en)
		: positionals.map((name) => findPairs(pairs, name));
	const today = new Date().toISOString().slice(0, 10);
	for (const pair of chosen) {
		const report = judgePair(pair);
		if (values.all && report.status === 'current') continue;
		try {
			const file = markPair(pair, { today, ...(original ? { original: original as Locale } : {}) });
			writeFileSync(file.path, file.text);
			console.log(`Marked ${file.path} as reviewed against its original.`);
		} catch (error) {
			fail((error as Error).message);
		}
	}
	if (values.all) console.log(`Every pair is now recorded as reviewed (${chosen.length} pairs checked).`);
} else {
	printTable(pairs.map(judgePair));
}

function printTable(reports: PairReport[]): void {
	const rows = reports.map((report) => {
		const originalLocale = report.original ?? 'id';
		const translationLocale = report.translation ?? 'en';
		return [
			`${report.collection}/${report.key}`,
			report.original ? `${originalLocale}→${translationLocale}` : '?',
			report.updated[originalLocale] ?? '—',
			report.updated[translationLocale] ?? '—',
			report.status,
		];
	});
	const header = ['page', 'direction', 'original updated', 'translation updated', 'status'];
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column] ?? 0))
			.join('  ')
			.trimEnd();
	console.log(line(header));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(row));
	const attention = reports.filter((report) => report.status !== 'current' && report.status !== 'unreviewed');
	const unreviewed = reports.filter((report) => report.status === 'unreviewed');
	if (attention.length + unreviewed.length > 0) console.log('');
	for (const report of attention) console.log(`${report.status}: ${report.advice}`);
	if (unreviewed.length === 1) console.log(`unreviewed: ${unreviewed[0]?.advice}`);
	if (unreviewed.length > 1) {
		console.log(
			`unreviewed: ${unreviewed.length} pairs have no review recorded. After checking that both languages say the same, run "npm run translations -- --mark <page>", or "npm run translations -- --mark --all" for every pair.`,
		);
	}
}
