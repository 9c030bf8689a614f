import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';

/**
 * The one reader of the site's YAML collections (`src/content/*.yaml`): the
 * content loader (`src/lib/collections/yaml-loader.ts`), the Markdown plugins that
 * read the glossary and the registry before collections exist, and the early
 * check of every YAML file (`src/integrations/yaml-files.ts`) all parse here,
 * so every syntax error stops the build with the same message: the file, the
 * line and column, what is wrong and how to fix it.
 */

/** One entry of a YAML collection: its id, its fields as written and the line it starts on. */
export interface YamlEntry {
	id: string;
	data: Record<string, unknown>;
	line: number;
}

/** A YAML collection file that cannot be published as written. The message is for an editor. */
export class YamlFileError extends Error {
	override name = 'YamlFileError';
}

/** The fix to suggest for each kind of error the `yaml` package reports. */
const FIXES: Readonly<Record<string, string>> = {
	MISSING_CHAR: 'Close the quote or bracket that was opened before this point (every " needs its closing ").',
	BAD_INDENT: 'Check the indentation: every field of an entry starts two spaces in, lined up under "id:".',
	BLOCK_AS_IMPLICIT_KEY:
		'Text that contains ": " must be in quotes ("…"), and a field may not start on the line of another.',
	MULTILINE_IMPLICIT_KEY:
		'A field name must be on one line, followed by ":"; text that contains ": " must be in quotes.',
	DUPLICATE_KEY: 'This field is written twice in the same entry; keep one.',
	TAB_AS_INDENT: 'Indent with spaces, not tabs.',
	UNEXPECTED_TOKEN: 'Compare this line with the same field in the entry above it: indentation, quotes and ":".',
};

const DEFAULT_FIX = 'Compare this line with the same field in the entry above it: indentation, quotes and ":".';

function syntaxMessage(file: string, error: YAMLError, text: string): string {
	const [start] = error.linePos ?? [];
	const where = start ? `${file}, line ${start.line}, column ${start.col}` : file;
	// With prettyErrors the message is "<what> at line L, column C:\n\n<context>"; keep the two parts.
	const [what = error.message, context = ''] = error.message.split(/ at line \d+, column \d+:\n/);
	const lineText = start ? (text.split('\n')[start.line - 1] ?? '') : '';
	const fix = /^\s*\t/.test(lineText) ? (FIXES['TAB_AS_INDENT'] ?? DEFAULT_FIX) : (FIXES[error.code] ?? DEFAULT_FIX);
	return [
		`${where}: the YAML cannot be read: ${what}.`,
		context.replace(/^\n/, '').trimEnd(),
		`Fix: ${fix} Nothing from this file is published until it reads cleanly.`,
	]
		.filter(Boolean)
		.join('\n');
}

/**
 * The last parse of each file, shared by every copy of this module in the
 * process (Astro loads it once for the config, once for the content loader
 * and again in the bundle that renders pages): a build read the registry and
 * the glossary four or five times each, about 3 % of the main thread's time
 * on this site (docs/benchmarks.md, "Where the build's time goes"). Keyed by
 * the file's name and checked against its text, so an edit in `astro dev`
 * parses again; one entry per file, so the cache cannot grow.
 */
const PARSED: Map<string, { text: string; entries: YamlEntry[] }> = ((globalThis as Record<symbol, unknown>)[
	Symbol.for('sinergi.yaml-list')
] ??= new Map()) as Map<string, { text: string; entries: YamlEntry[] }>;

/**
 * Parses the text of a YAML collection: a list of entries, each a mapping with
 * an `id`; a text parsed before comes from the cache, as a copy (callers may
 * change what they get). Throws a {@link YamlFileError} naming `file`, the line and column,
 * what is wrong and the fix, for a syntax error, a document that is not a list,
 * an entry without an id, or two entries with the same id (naming both).
 */
export function parseYamlList(text: string, file: string): YamlEntry[] {
	const cached = PARSED.get(file);
	if (cached?.text === text) return structuredClone(cached.entries);
	const entries = parseUncached(text, file);
	PARSED.set(file, { text, entries: structuredClone(entries) });
	return entries;
}

function parseUncached(text: string, file: string): YamlEntry[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
	const [first] = doc.errors;
	if (first) throw new YamlFileError(syntaxMessage(file, first, text));
	const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

	if (doc.contents === null) {
		throw new YamlFileError(
			`${file}: the file has no entries. Write the entries as a list (lines starting with "- id:"), or "[]" if the collection is meant to be empty.`,
		);
	}
	if (!isSeq(doc.contents)) {
		throw new YamlFileError(
			`${file}, line ${lineOf(doc.contents.range?.[0])}: expected a list of entries, each starting with "- id:" at the start of a line.`,
		);
	}

	const entries: YamlEntry[] = [];
	const firstLineOf = new Map<string, number>();
	for (const item of doc.contents.items) {
		const line = lineOf(isMap(item) || isScalar(item) || isSeq(item) ? item.range?.[0] : undefined);
		if (!isMap(item)) {
			throw new YamlFileError(
				`${file}, line ${line}: this entry is not a set of fields. Each entry starts with "- id: …" and its fields follow, indented two spaces.`,
			);
		}
		const data: unknown = item.toJSON();
		const id = (data as { id?: unknown }).id;
		if (typeof id !== 'string' || id.trim() === '') {
			throw new YamlFileError(
				`${file}, line ${line}: this entry has no "id". Start it with "- id: " and a short name in lowercase words joined by "-".`,
			);
		}
		const earlier = firstLineOf.get(id);
		if (earlier !== undefined) {
			throw new YamlFileError(
				`${file}: two entries have the id "${id}": the entry on line ${earlier} and the entry on line ${line}. Give one of them another id (ids must be unique; a published id is an address, so rename the newer one).`,
			);
		}
		firstLineOf.set(id, line);
		entries.push({ id, data: data as Record<string, unknown>, line });
	}
	return entries;
}

/** Reads and parses a YAML collection file (see {@link parseYamlList}); errors name it relative to `root`. */
export function readYamlList(path: string, root: string = process.cwd()): YamlEntry[] {
	const file = relative(root, path) || path;
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new YamlFileError(`${file}: the file cannot be read. Check that it exists and is saved as UTF-8 text.`);
	}
	return parseYamlList(text, file);
}
