/**
 * `npm run new -- <page|commodity|glossary|source> <key> [--flag value …]`
 * Creates a new page or commodity profile in both languages (as a draft), or
 * appends a glossary term or a source. Missing values are asked for when run
 * in a terminal; otherwise the command stops and lists the flags to give.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
	checkKey,
	fieldsFor,
	nextSteps,
	scaffold,
	scaffoldKinds,
	yamlIds,
	type ScaffoldQuestion,
	type ScaffoldKind,
} from '../src/lib/scaffold/scaffold';

const root = process.cwd();
const kindNames = scaffoldKinds.join(', ');

function fail(message: string): never {
	console.error(`Error: ${message}`);
	process.exit(1);
}

const flagNames = [
	'title-id',
	'title-en',
	'slug-id',
	'slug-en',
	'description-id',
	'description-en',
	'summary-id',
	'summary-en',
	'topics',
	'audience',
	'name-id',
	'name-en',
	'sector',
	'economy',
	'provinces',
	'term-id',
	'term-en',
	'definition-id',
	'definition-en',
	'aliases-id',
	'aliases-en',
	'sources',
	'title',
	'publisher',
	'url',
	'date',
	'date-from',
	'kind',
	'content',
];
let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' }>; allowPositionals: true }>>;
try {
	parsed = parseArgs({
		options: Object.fromEntries(flagNames.map((name) => [name, { type: 'string' as const }])),
		allowPositionals: true,
	});
} catch (error) {
	fail(`${(error as Error).message}. Known flags: ${flagNames.map((name) => `--${name}`).join(', ')}.`);
}
const { values: flags, positionals } = parsed;
const [kindArg, key] = positionals;
if (!kindArg || !(scaffoldKinds as readonly string[]).includes(kindArg))
	fail(`say what to create: npm run new -- <${scaffoldKinds.join('|')}> <name>. Kinds: ${kindNames}.`);
const kind = kindArg as ScaffoldKind;
const keyProblem = checkKey(kind, key);
if (keyProblem) fail(keyProblem);

const contentDir = flags['content'] ?? join(root, 'src', 'content');
const fields = fieldsFor(kind, yamlIds(join(contentDir, 'sources.yaml')));

async function collect(specs: ScaffoldQuestion[]): Promise<Record<string, string>> {
	const values: Record<string, string> = {};
	const missing: ScaffoldQuestion[] = [];
	for (const spec of specs) {
		const given = flags[spec.flag];
		if (given !== undefined) {
			const problem = given === '' && spec.optional ? undefined : spec.check(given);
			if (problem) fail(`--${spec.flag}: ${problem}`);
			values[spec.flag] = given;
		} else if (spec.fallback !== undefined) values[spec.flag] = spec.fallback;
		else if (!spec.optional) missing.push(spec);
	}
	if (missing.length === 0) return values;
	if (!process.stdin.isTTY) {
		fail(
			`missing ${missing.map((spec) => `--${spec.flag}`).join(', ')}. Give them as flags (e.g. --${missing[0]?.flag} "…"), or run the command in a terminal to be asked.`,
		);
	}
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	try {
		for (const spec of specs.filter((item) => values[item.flag] === undefined)) {
			for (;;) {
				const answer = (await prompt.question(`${spec.question}${spec.optional ? ' [optional]' : ''}: `)).trim();
				if (answer === '' && spec.optional) break;
				const problem = spec.check(answer);
				if (!problem) {
					values[spec.flag] = answer;
					break;
				}
				console.log(`  ${problem}`);
			}
		}
	} finally {
		prompt.close();
	}
	return values;
}

const values = await collect(fields);
let writes;
try {
	writes = scaffold(kind, key as string, values, contentDir, new Date().toISOString().slice(0, 10));
} catch (error) {
	fail((error as Error).message);
}
for (const write of writes) {
	mkdirSync(dirname(write.path), { recursive: true });
	if (write.mode === 'create') writeFileSync(write.path, write.text, { flag: 'wx' });
	else appendFileSync(write.path, write.text);
	console.log(`${write.mode === 'create' ? 'Created' : 'Added to'} ${relative(root, write.path)}`);
}
console.log('\nNext steps:');
for (const [index, step] of nextSteps(
	kind,
	writes.map((write) => ({ ...write, path: relative(root, write.path) })),
	key as string,
).entries()) {
	console.log(`  ${index + 1}. ${step}`);
}
