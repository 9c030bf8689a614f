import { createHash } from 'node:crypto';
import { splitMarkdown } from '../schemas/frontmatter';
import { otherLocale, type Locale } from '../../i18n/locales';

/**
 * Translation freshness: a translated page records, in `translatedFrom.hash`,
 * the version of its original it renders. The side of a pair that carries
 * `translatedFrom` is the translation; the other side is the original, so a
 * page first written in English works the same way as one written in
 * Indonesian. Pure functions over file text: the build, the layout and the
 * `npm run translations` script share them.
 */

/** Where a pair of pages stands. */
type TranslationStatus = 'current' | 'stale' | 'missing' | 'unreviewed' | 'conflict';

/** One language version of a page: where it is and its raw text. */
export interface PageFile {
	path: string;
	text: string;
}

/** The two language versions of one translation key (either may be absent). */
export interface PagePair {
	collection: string;
	key: string;
	files: Partial<Record<Locale, PageFile>>;
}

/** The verdict on one pair, with what the status table and the build print. */
export interface PairReport {
	collection: string;
	key: string;
	status: TranslationStatus;
	/** The language written first (absent while unreviewed or missing). */
	original?: Locale;
	translation?: Locale;
	/** `updated` of each language version, as written (YYYY-MM-DD). */
	updated: Partial<Record<Locale, string>>;
	/** What an editor should do, in one sentence. */
	advice: string;
}

/**
 * Fields left out of the hash because a translator has nothing to carry over
 * when they change: `translatedFrom` (the record itself), `updated`, `factsChecked` and
 * `newestReport` (a date bump alone changes no text), `slug` (each language has its own URL),
 * `searchKeywords` (each language has its own) and `draft` (publishing changes no text).
 */
const UNHASHED_FIELDS = [
	'translatedFrom',
	'updated',
	'factsChecked',
	'newestReport',
	'slug',
	'draft',
	'searchKeywords',
] as const;

/**
 * The version hash of a page: SHA-256 (first 12 hex digits) of its frontmatter
 * without the unhashed fields, with keys sorted so reordering or re-quoting
 * YAML changes nothing, and of its body with line endings and trailing spaces
 * normalised. Any change of wording, a citation, a figure or a title changes it.
 */
export function contentHash(text: string, path = 'file'): string {
	const { data: frontmatter, body: rawBody } = splitMarkdown(text, path);
	const unhashed: readonly string[] = UNHASHED_FIELDS;
	const data = Object.fromEntries(Object.entries(frontmatter).filter(([field]) => !unhashed.includes(field)));
	const body = rawBody
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n')
		.trim();
	return createHash('sha256').update(stableJson(data)).update('\n---\n').update(body).digest('hex').slice(0, 12);
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
	}
	return JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
}

/** The hash a translation recorded, or undefined when the page records none. */
function recordedHash(text: string, path = 'file'): string | undefined {
	const record = splitMarkdown(text, path).data['translatedFrom'];
	if (record === undefined || record === null) return undefined;
	const hash = typeof record === 'object' ? (record as Record<string, unknown>)['hash'] : undefined;
	if (typeof hash !== 'string')
		throw new Error(
			`${path}: "translatedFrom" needs a "hash". Run "npm run translations -- --mark <page>" to write it.`,
		);
	return hash;
}

function updatedOf(file: PageFile | undefined): string | undefined {
	if (!file) return undefined;
	const value = splitMarkdown(file.text, file.path).data['updated'];
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return value === undefined ? undefined : String(value);
}

/** Judges one pair: which side is the original and whether the translation still matches it. */
export function judgePair(pair: PagePair): PairReport {
	const { id, en } = pair.files;
	const updated: Partial<Record<Locale, string>> = {};
	for (const [locale, file] of [
		['id', id],
		['en', en],
	] as const) {
		const date = updatedOf(file);
		if (date) updated[locale] = date;
	}
	const base = { collection: pair.collection, key: pair.key, updated };
	if (!id || !en) {
		const present = (id ?? en) as PageFile;
		const original: Locale = id ? 'id' : 'en';
		const absent = otherLocale(original);
		return {
			...base,
			status: 'missing',
			original,
			translation: absent,
			advice: `${present.path} has no ${absent === 'en' ? 'English' : 'Indonesian'} version: create it with the same file name.`,
		};
	}
	const recorded = { id: recordedHash(id.text, id.path), en: recordedHash(en.text, en.path) };
	if (recorded.id && recorded.en) {
		return {
			...base,
			status: 'conflict',
			advice: `Both ${id.path} and ${en.path} say they are translations: delete "translatedFrom" from the original.`,
		};
	}
	if (!recorded.id && !recorded.en) {
		return {
			...base,
			status: 'unreviewed',
			advice: `No review recorded: after checking that ${id.path} and ${en.path} say the same, run "npm run translations -- --mark ${pair.key}".`,
		};
	}
	const translation: Locale = recorded.id ? 'id' : 'en';
	const original = otherLocale(translation);
	const originalFile = pair.files[original] as PageFile;
	const translationFile = pair.files[translation] as PageFile;
	const current = contentHash(originalFile.text, originalFile.path) === recorded[translation];
	return {
		...base,
		status: current ? 'current' : 'stale',
		original,
		translation,
		advice: current
			? 'Nothing to do.'
			: `${originalFile.path} changed after ${translationFile.path} was last reviewed: bring the translation up to date, then run "npm run translations -- --mark ${pair.key}".`,
	};
}

/**
 * Writes (or replaces) the `translatedFrom` block at the end of a
 * translation's frontmatter, leaving every other line as it was.
 */
export function withTranslatedFrom(translationText: string, hash: string, reviewed: string, path = 'file'): string {
	const parts = splitMarkdown(translationText, path);
	const yaml = parts.yaml.replace(/^translatedFrom:.*(?:\r?\n[ \t]+.*)*\r?\n?/m, '').replace(/\s+$/, '');
	// Quoted: a hash made only of digits would otherwise be read as a number.
	const block = `translatedFrom:\n  hash: "${hash}"\n  reviewed: ${reviewed}`;
	return `---\n${yaml}\n${block}\n---\n${parts.body}`;
}

/**
 * Records a review of a pair: the translation's `translatedFrom` gets the
 * original's current hash. The original is the side already without the
 * record; for a pair never reviewed, `original` says which side it is
 * (Indonesian unless told otherwise). Returns the translation with its new text.
 */
export function markPair(pair: PagePair, options: { original?: Locale; today: string }): PageFile {
	const report = judgePair(pair);
	if (report.status === 'missing') throw new Error(report.advice);
	if (report.status === 'conflict' && !options.original)
		throw new Error(`${report.advice} Or say which side is the original with "--original id" or "--original en".`);
	const original: Locale = options.original ?? report.original ?? 'id';
	const translation = otherLocale(original);
	const originalFile = pair.files[original] as PageFile;
	const translationFile = pair.files[translation] as PageFile;
	if (recordedHash(originalFile.text, originalFile.path)) {
		throw new Error(
			`${originalFile.path} records "translatedFrom", so it is the translation of its pair. Delete that block first if it is really the original.`,
		);
	}
	const hash = contentHash(originalFile.text, originalFile.path);
	return {
		path: translationFile.path,
		text: withTranslatedFrom(translationFile.text, hash, options.today, translationFile.path),
	};
}
