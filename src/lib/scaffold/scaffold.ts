import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isSeq, parse, visit } from 'yaml';
import type { z } from 'astro/zod';
import { locales, type Locale } from '../../i18n/locales';
import { audiences, economies, provinces, sectors, sourceKinds, topics } from '../schemas/content-enums';
import {
	audienceList,
	description,
	economy,
	entryId,
	label,
	provinceList,
	sector,
	slug,
	sourceKind,
	summary,
	topicList,
	webAddress,
} from '../schemas/field-schemas';
import { CONTENT_EXTENSIONS } from '../schemas/content-files';
import { PARTIAL_DATE, UNDATED, isSiteRoot, registryProblems } from '../sources/source-rules';

/**
 * What `npm run new` creates: a page or commodity profile in both languages
 * (as drafts, with every required field and a comment saying what to write),
 * or one entry appended to the glossary or the source registry. Pure apart
 * from reading the content folder, so tests scaffold into a copy of it.
 */

/** The kinds of content `npm run new` knows. */
export const scaffoldKinds = ['page', 'commodity', 'glossary', 'source'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

/** One value the editor gives, as a flag (`--title-id`) or an answer to a question. */
export interface ScaffoldQuestion {
	flag: string;
	question: string;
	optional?: boolean;
	/** Used when the editor gives nothing. */
	fallback?: string;
	/** Returns what is wrong with a value, or undefined when it is fine. */
	check: (value: string) => string | undefined;
}

/** A file to create, or text to append to an existing YAML file. */
export interface ScaffoldWrite {
	path: string;
	text: string;
	mode: 'create' | 'append';
}

/** The first problem a schema finds in a value, in the schema's own words, or undefined when it passes. */
function problemOf(schema: z.ZodType, value: unknown): string | undefined {
	const result = schema.safeParse(value);
	return result.success ? undefined : result.error.issues[0]?.message;
}

/** Splits a comma-separated answer into trimmed, non-empty items. */
function listOf(value: string): string[] {
	return value
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

// Each answer is checked by the schema the build applies to that field (src/lib/schemas/field-schemas.ts), so an
// answer the command accepts is one the build accepts. Lists name the values an enum refuses.
const required = (name: string) => (value: string) =>
	problemOf(label, value.trim()) ? `${name} cannot be empty.` : undefined;
const oneOf = (name: string, schema: z.ZodType, allowed: readonly string[]) => (value: string) => {
	const items = listOf(value);
	const result = schema.safeParse(items);
	if (result.success) return undefined;
	const wrong = result.error.issues.flatMap((issue) =>
		typeof issue.path[0] === 'number' ? [items[issue.path[0]] ?? ''] : [],
	);
	return wrong.length
		? `${wrong.join(', ')} is not a ${name}; choose from ${allowed.join(', ')}.`
		: `give at least one ${name}: ${allowed.join(', ')}.`;
};
const single = (name: string, schema: z.ZodType, allowed: readonly string[]) => (value: string) =>
	problemOf(schema, value.trim()) === undefined
		? undefined
		: `"${value}" is not a ${name}; choose one of ${allowed.join(', ')}.`;
const checkedBy = (schema: z.ZodType) => (value: string) => problemOf(schema, value);
const sourceUrl = (value: string) => {
	const problem = problemOf(webAddress, value);
	if (problem) return `"${value}" is not a web address; ${problem}`;
	return isSiteRoot(value) ? `"${value}" is a site's home page; give the address of the article itself.` : undefined;
};
const pageSlug = (value: string) =>
	value.trim() ? problemOf(slug, value) : 'A new page needs a slug: the empty one is the home page.';

/** The values a kind of content needs, in the order they are asked. */
export function fieldsFor(kind: ScaffoldKind, knownSources: ReadonlySet<string>): ScaffoldQuestion[] {
	const both = (flag: string, question: string, check: ScaffoldQuestion['check']): ScaffoldQuestion[] => [
		{ flag: `${flag}-id`, question: `${question} (Bahasa Indonesia)`, check },
		{ flag: `${flag}-en`, question: `${question} (English)`, check },
	];
	const sources = (value: string) => {
		const unknown = listOf(value).filter((id) => !knownSources.has(id));
		return unknown.length
			? `${unknown.join(', ')} is not in src/content/sources.yaml; add it first with "npm run new -- source <id>".`
			: undefined;
	};
	const pageFields: ScaffoldQuestion[] = [
		...both('title', 'Title', required('the title')),
		...both('slug', 'URL slug', pageSlug),
		...both('description', 'Description for search results, at most 160 characters', checkedBy(description)),
		...both('summary', 'Summary: 1–3 plain sentences shown first', checkedBy(summary)),
		{
			flag: 'topics',
			question: `Topics, comma-separated (${topics.join(', ')})`,
			check: oneOf('topic', topicList, topics),
		},
		{
			flag: 'audience',
			question: `Audience, comma-separated (${audiences.join(', ')})`,
			fallback: audiences.join(','),
			check: oneOf('audience', audienceList, audiences),
		},
	];
	switch (kind) {
		case 'page':
			return pageFields;
		case 'commodity':
			return [
				...pageFields.map((field) => (field.flag === 'topics' ? { ...field, fallback: 'commodities' } : field)),
				...both('name', 'Commodity name', required('the name')),
				{ flag: 'sector', question: `Sector (${sectors.join(', ')})`, check: single('sector', sector, sectors) },
				{
					flag: 'economy',
					question: `Economy (${economies.join(', ')})`,
					check: single('economy', economy, economies),
				},
				{
					flag: 'provinces',
					question: `Provinces, comma-separated (${provinces.join(', ')})`,
					check: oneOf('province', provinceList, provinces),
				},
			];
		case 'glossary':
			return [
				...both('term', 'Term', required('the term')),
				...both('definition', 'Definition: one or two plain sentences', required('the definition')),
				{
					flag: 'aliases-id',
					question: 'Other words for it in Indonesian, comma-separated',
					optional: true,
					check: () => undefined,
				},
				{
					flag: 'aliases-en',
					question: 'Other words for it in English, comma-separated',
					optional: true,
					check: () => undefined,
				},
				{
					flag: 'sources',
					question: 'Source ids behind the definition, comma-separated',
					optional: true,
					check: sources,
				},
			];
		case 'source':
			return [
				{
					flag: 'url',
					question: "Web address of the article itself (https://…, not the site's home page)",
					check: sourceUrl,
				},
				{
					flag: 'title',
					question:
						'Headline of the article or document, as published (empty when you do not know it: the site then shows publisher, date and a "read the article" link)',
					optional: true,
					check: (value) =>
						value.trim().startsWith('[')
							? 'write the headline as published, not a description in [brackets]; when the headline is not known, leave the title out.'
							: undefined,
				},
				{ flag: 'publisher', question: 'Publisher (site or institution)', check: required('the publisher') },
				{
					flag: 'date',
					question: `Publication date: YYYY-MM-DD, YYYY-MM or YYYY; the event's date when the page shows none (with --date-from event); or "${UNDATED}"`,
					check: (value) =>
						value === UNDATED || PARTIAL_DATE.test(value)
							? undefined
							: `"${value}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, or "${UNDATED}".`,
				},
				{
					flag: 'date-from',
					question:
						'Is the date that of the event reported, because the page shows no publication date? Then "event" (empty otherwise)',
					optional: true,
					check: (value) =>
						value === 'event'
							? undefined
							: `"${value}" is not a date source; the only value is "event" (leave it out for a publication date).`,
				},
				{ flag: 'kind', question: `Kind (${sourceKinds.join(', ')})`, check: single('kind', sourceKind, sourceKinds) },
			];
	}
}

/** Checks the key an editor gave: a file name or a YAML id, lowercase words joined by "-". */
export function checkKey(kind: ScaffoldKind, key: string | undefined): string | undefined {
	if (!key)
		return `name the new ${kind}, e.g. "npm run new -- ${kind} ${kind === 'source' ? 'publisher-2025' : 'border-trade'}".`;
	return problemOf(entryId, key) === undefined
		? undefined
		: `"${key}" cannot be a ${kind === 'page' || kind === 'commodity' ? 'file name' : 'id'}: use lowercase letters, digits and "-", e.g. "border-trade".`;
}

/** The ids of a YAML list file (glossary or registry); empty when the file does not exist. */
export function yamlIds(path: string): Set<string> {
	if (!existsSync(path)) return new Set();
	const data: unknown = parse(readFileSync(path, 'utf8'));
	return new Set(Array.isArray(data) ? data.map((item: { id?: unknown }) => String(item?.id)) : []);
}

const EDITOR_NOTE = {
	id: [
		'Tulis isi halaman di sini, dalam bahasa yang sederhana. Komentar ini tidak tampil bagi pembaca.',
		'Setiap kalimat fakta diberi catatan kaki yang menunjuk ke sumber di src/content/sources.yaml,',
		'misalnya "Penandatanganan berlangsung di Tarakan.[^1]" dan di akhir halaman "[^1]: @diskominfo-kaltim-2025".',
		'Halaman ini masih draf: setelah isinya selesai di kedua bahasa, hapus baris "draft: true" di kedua berkas.',
		'Panduan lengkap: CONTRIBUTING.md.',
	],
	en: [
		'Write the page here, in plain language. This comment is not shown to readers.',
		'Every factual sentence gets a footnote naming a source in src/content/sources.yaml,',
		'e.g. "The signing took place in Tarakan.[^1]" and at the end of the page "[^1]: @diskominfo-kaltim-2025".',
		'This page is a draft: once it is written in both languages, delete the line "draft: true" from both files.',
		'Full guide: CONTRIBUTING.md.',
	],
} as const;

function yamlValue(value: string): string {
	return new Document(value).toString().trimEnd();
}

/** One list entry as YAML in the style of the content files: nested lists written inline (`[a, b]`). */
function yamlEntry(entry: Record<string, unknown>): string {
	const doc = new Document([entry]);
	visit(doc, {
		Seq(_key, node) {
			if (node !== doc.contents) node.flow = true;
		},
	});
	if (!isSeq(doc.contents)) throw new Error('A YAML entry must be written as a list item.');
	return doc.toString({ flowCollectionPadding: false });
}

function yamlList(values: readonly string[]): string {
	return `[${values.map(yamlValue).join(', ')}]`;
}

function markdownFile(locale: Locale, values: Record<string, string>, today: string, extra: string[]): string {
	const lines = [
		'---',
		`title: ${yamlValue(values[`title-${locale}`] ?? '')}`,
		`description: ${yamlValue(values[`description-${locale}`] ?? '')}`,
		`summary: ${yamlValue(values[`summary-${locale}`] ?? '')}`,
		`slug: ${yamlValue(values[`slug-${locale}`] ?? '')}`,
		`updated: ${today}`,
		`factsChecked: ${today}`,
		`newestReport: "${today.slice(0, 7)}" # the month of the newest source the page cites: change it when you cite the sources`,
		`topics: ${yamlList(listOf(values['topics'] ?? ''))}`,
		`audience: ${yamlList(listOf(values['audience'] ?? ''))}`,
		...extra,
		'draft: true',
		'---',
		'',
		'<!--',
		...EDITOR_NOTE[locale],
		'-->',
		'',
	];
	return lines.join('\n');
}

/**
 * What to write for a new piece of content. Refuses (throws) when a file or
 * id already exists, naming it, so nothing is ever overwritten.
 */
export function scaffold(
	kind: ScaffoldKind,
	key: string,
	values: Record<string, string>,
	contentDir: string,
	today: string,
): ScaffoldWrite[] {
	const keyProblem = checkKey(kind, key);
	if (keyProblem) throw new Error(keyProblem);
	if (kind === 'page' || kind === 'commodity') {
		const collection = kind === 'page' ? 'pages' : 'commodities';
		const writes = locales.map((locale) => {
			const extra =
				kind === 'commodity'
					? [
							`name: ${yamlValue(values[`name-${locale}`] ?? '')}`,
							`sector: ${values['sector']}`,
							`economy: ${values['economy']}`,
							`provinces: ${yamlList(listOf(values['provinces'] ?? ''))}`,
						]
					: [];
			return {
				path: join(contentDir, collection, locale, `${key}.md`),
				text: markdownFile(locale, values, today, extra),
				mode: 'create' as const,
			};
		});
		// A page of that name in any content format (`.md` or `.mdx`) is an existing page.
		const existing = writes
			.flatMap((write) => CONTENT_EXTENSIONS.map((extension) => write.path.replace(/\.md$/, extension)))
			.filter((path) => existsSync(path));
		if (existing.length)
			throw new Error(
				`${existing.map((path) => relative(process.cwd(), path)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}: choose another name, or edit the existing page.`,
			);
		return writes;
	}
	const file = join(contentDir, kind === 'glossary' ? 'glossary.yaml' : 'sources.yaml');
	if (yamlIds(file).has(key))
		throw new Error(
			`${relative(process.cwd(), file)} already has an entry "${key}": choose another id, or edit that entry.`,
		);
	const entry =
		kind === 'glossary'
			? {
					id: key,
					term: { id: values['term-id'], en: values['term-en'] },
					definition: { id: values['definition-id'], en: values['definition-en'] },
					aliases: { id: listOf(values['aliases-id'] ?? ''), en: listOf(values['aliases-en'] ?? '') },
					sources: listOf(values['sources'] ?? ''),
				}
			: {
					id: key,
					...(values['title'] ? { title: values['title'] } : {}),
					publisher: values['publisher'],
					url: values['url'],
					date: values['date'],
					...(values['date-from'] ? { dateFrom: values['date-from'] } : {}),
					kind: values['kind'],
				};
	if (kind === 'source') checkNewSource(file, key, entry);
	// Dates stay quoted as in the registry: unquoted, a YAML reader may turn "2025-08-07" into a timestamp.
	const text = yamlEntry(entry).replace(/^( {2}date: )(\d{4}(?:-\d{2}){0,2})$/m, '$1"$2"');
	return [{ path: file, text: `\n${text}`, mode: 'append' }];
}

/**
 * Checks a new source with the registry's own rules (`source-rules.ts`) next
 * to the entries already there, so it is refused here rather than by the build:
 * a title that is the URL's slug, a home page, an article already listed.
 */
function checkNewSource(file: string, key: string, entry: Record<string, unknown>): void {
	const existing: unknown = existsSync(file) ? parse(readFileSync(file, 'utf8')) : [];
	const problems = registryProblems([...(Array.isArray(existing) ? existing : []), entry]).filter((problem) =>
		problem.startsWith(`source "${key}",`),
	);
	if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** What the editor should do after scaffolding, one step a line. */
export function nextSteps(kind: ScaffoldKind, writes: readonly ScaffoldWrite[], key: string): string[] {
	if (kind === 'page' || kind === 'commodity') {
		return [
			`Write the page in both files: ${writes.map((write) => write.path).join(' and ')}.`,
			'Cite every fact with a footnote naming a source id, e.g. [^1]: @diskominfo-kaltim-2025 (add new sources with "npm run new -- source <id>").',
			'When both languages are written, delete the line "draft: true" from both files.',
			'Preview with "npm run dev" and open the page; "npm run build" must finish without errors.',
			`After checking that both languages say the same, record it: "npm run translations -- --mark ${key}".`,
		];
	}
	if (kind === 'glossary') {
		return [
			`The term "${key}" is added to ${writes[0]?.path}. Pages now link its first use to the glossary.`,
			'Check it with "npm run build"; preview with "npm run dev".',
		];
	}
	return [
		`The source "${key}" is added to ${writes[0]?.path}. Cite it in a page with a footnote: [^1]: @${key}`,
		'Check it with "npm run build".',
	];
}
