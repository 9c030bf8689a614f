import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files/files-under';

/**
 * `src/i18n` is the one source of locale facts and of the words a reader sees. This test reads
 * every `.ts` and `.astro` file of `src/` outside `src/i18n` (the source) and `src/content` (the
 * words themselves) and fails on:
 *
 * - the locale type written out (`'id' | 'en'`) instead of `Locale`;
 * - a hand-written other-locale ternary (`locale === 'id' ? 'en' : 'id'`) instead of `otherLocale`
 *   or `asLocale`;
 * - prose a reader would see: a string literal of three or more words with common Indonesian
 *   words, a pair of texts written out for both languages (an `{ id, en }` object, a call with one
 *   argument per language, a ternary on the locale), or English or Indonesian prose in a
 *   template's text or its `alt`/`title`/`aria-label`/`placeholder` attributes.
 *
 * Messages for editors and developers are English and build-time, so the literals inside
 * `throw new Error(…)`, `console.*(…)` and `logger.*(…)` are exempt; the few other exceptions are
 * listed in `allowed` below, each with its reason.
 */

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

/** Words common in Indonesian prose and rare in English, code or slugs. */
const indonesianWords = new Set(
	'dan yang untuk di dari ini itu dengan atau tidak ke pada sebagai adalah oleh dalam bisa akan sudah belum tanpa kami halaman sekitar bila kosong tanggal sumber'.split(
		' ',
	),
);
/** Words common in English prose; a template text with two of them reads as a sentence. */
const englishWords = new Set(
	'the and of to is are for with this that on in a an it by from as be not was were has have your you'.split(' '),
);

/** Literals that read as prose but stay outside the dictionaries, each with its reason: a file and the start of the text. */
const allowed: readonly { file: string; starts: string; why: string }[] = [
	...['Tulis isi halaman', 'Setiap kalimat fakta', 'misalnya "Penandatanganan', 'Halaman ini masih draf'].map(
		(starts) => ({
			file: 'src/lib/scaffold/scaffold.ts',
			starts,
			why: 'the new-page scaffold writes this comment for Indonesian editors into the Markdown; readers never see it',
		}),
	),
];

const isAllowed = (file: string, text: string) =>
	allowed.some((entry) => entry.file === file && text.startsWith(entry.starts));

/** What the scan found in one file. */
interface Finding {
	file: string;
	line: number;
	rule: 'locale type' | 'other-locale ternary' | 'prose';
	text: string;
}

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Three or more words, at least one of them a common Indonesian word. */
function isIndonesianProse(text: string): boolean {
	const list = words(text);
	return list.length >= 3 && list.some((word) => indonesianWords.has(word));
}

/** Three or more words, of which two are common English words, in a run that reads as a sentence (no code punctuation). */
function isEnglishProse(text: string): boolean {
	if (/[=;(){}[\]]|=>|\.\w/.test(text)) return false;
	const list = words(text);
	return list.length >= 3 && list.filter((word) => englishWords.has(word)).length >= 2;
}

const localeType = /(['"])(id|en)\1\s*\|\s*(['"])(en|id)\3/;
/** A ternary on a locale code whose branches are locale codes: `x === 'id' ? 'en' : 'id'`, `lang === 'en' ? 'en' : 'id'`. */
const otherLocaleTernary = /===?\s*(['"])(id|en)\1\s*\?\s*(['"])(id|en)\3\s*:\s*(['"])(id|en)\5/;

/** The literal is an argument of `new …Error(…)`, `throw`, `console.*` or `logger.*`: a message for editors. */
function isEditorMessage(node: ts.Node): boolean {
	for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
		if (ts.isThrowStatement(current)) return true;
		if (ts.isNewExpression(current) && /Error$/.test(current.expression.getText())) return true;
		if (ts.isCallExpression(current) && /^(console|logger)\.\w+$/.test(current.expression.getText())) return true;
		if (ts.isFunctionLike(current)) return false;
	}
	return false;
}

/** The text of a string or template literal node (template holes become one space). */
function literalText(node: ts.Node): string | undefined {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
	if (ts.isTemplateExpression(node))
		return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
	return undefined;
}

/** The node states a text per language: `{ id: '…', en: '…' }`, `f('…', '…')` beside an `id`/`en` pair, or `locale === 'id' ? '…' : '…'`. */
function isBilingualPair(node: ts.Node): boolean {
	const parent = node.parent;
	if (ts.isPropertyAssignment(parent) && /^(id|en)$/.test(parent.name.getText())) {
		const siblings = (parent.parent as ts.ObjectLiteralExpression).properties.map((p) => p.name?.getText());
		return siblings.includes('id') && siblings.includes('en');
	}
	if (ts.isConditionalExpression(parent) && node !== parent.condition)
		return /\b(locale|lang)\w*\s*===?\s*['"](id|en)['"]/.test(parent.condition.getText());
	return false;
}

/** Every finding in TypeScript code (a `.ts` file, an `.astro` frontmatter or script). */
function scanCode(file: string, code: string, firstLine: number): Finding[] {
	const findings: Finding[] = [];
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const lineOf = (node: ts.Node) => firstLine + source.getLineAndCharacterOfPosition(node.getStart()).line;
	const visit = (node: ts.Node): void => {
		const text = literalText(node);
		if (text !== undefined) {
			const pair = isBilingualPair(node) && /\S\s+\S/.test(text) && words(text).length >= 2;
			if ((pair || isIndonesianProse(text)) && !isEditorMessage(node) && !isAllowed(file, text))
				findings.push({ file, line: lineOf(node), rule: 'prose', text });
			if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
			return;
		}
		if (ts.isUnionTypeNode(node) && localeType.test(node.getText()))
			findings.push({ file, line: lineOf(node), rule: 'locale type', text: node.getText() });
		if (ts.isConditionalExpression(node) && otherLocaleTernary.test(node.getText()))
			findings.push({ file, line: lineOf(node), rule: 'other-locale ternary', text: node.getText() });
		ts.forEachChild(node, visit);
	};
	visit(source);
	return findings;
}

/** Attributes whose value a reader sees or hears. */
const readerAttributes = /\b(alt|title|aria-label|placeholder)="([^"{]+)"/g;

/** Every finding in an `.astro` file: its frontmatter and scripts as code, its template's text and attributes as prose. */
function scanAstro(file: string, text: string): Finding[] {
	const lines = text.split('\n');
	const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
	const findings = end > 0 ? scanCode(file, lines.slice(1, end).join('\n'), 2) : [];
	const templateStart = end + 1;
	const template = lines.slice(templateStart).join('\n');
	const lineAt = (index: number) => templateStart + 1 + template.slice(0, index).split('\n').length - 1;
	for (const match of template.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
		findings.push(...scanCode(file, match[1] ?? '', lineAt(match.index)));
	// Blank out what is not template text, keeping offsets so lines stay right.
	const blank = (part: string) => part.replace(/[^\n]/g, ' ');
	let rest = template.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
	for (const match of rest.matchAll(readerAttributes)) {
		const value = match[2] ?? '';
		if ((isIndonesianProse(value) || isEnglishProse(value)) && !isAllowed(file, value))
			findings.push({ file, line: lineAt(match.index), rule: 'prose', text: value });
	}
	rest = rest.replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => `<${blank(tag.slice(1, -1))}>`);
	// What is left: text nodes and the code of `{…}` expressions. Code holds its strings in quotes.
	for (const match of rest.matchAll(/'([^'\n]*)'|"([^"\n]*)"|([^<>{}'"]+)/g)) {
		const quoted = match[1] ?? match[2];
		const value = (quoted ?? match[3] ?? '').trim();
		const prose = quoted !== undefined ? isIndonesianProse(value) : isIndonesianProse(value) || isEnglishProse(value);
		if (prose && !/[=;(]|=>/.test(quoted === undefined ? value : '') && !isAllowed(file, value))
			findings.push({ file, line: lineAt(match.index), rule: 'prose', text: value });
	}
	return findings;
}

/**
 * The files the rules cover: the project's code, outside the locale facts and the words themselves.
 * `src/data/` is content too (the map's places and the commodities' key figures, written in both
 * languages side by side with their sources, as the YAML collections are), so it is left out.
 */
const files = filesUnder(src).filter((name) => /\.(ts|astro)$/.test(name) && !/^(i18n|content|data)\//.test(name));

const findings = files.flatMap((name) => {
	const file = `src/${name}`;
	const text = readFileSync(join(root, file), 'utf8');
	return name.endsWith('.astro') ? scanAstro(file, text) : scanCode(file, text, 1);
});

const shown = (rule: Finding['rule']) =>
	findings.filter((finding) => finding.rule === rule).map(({ file, line, text }) => `${file}:${line} ${text}`);

describe('src/i18n is the one source of locale facts and reader-facing words', () => {
	it('reads the code of the project (the rules below have something to check)', () => {
		expect(files.length).toBeGreaterThan(150);
	});

	it('no file writes out the locale type: import `Locale` from src/i18n/locales', () => {
		expect(shown('locale type')).toEqual([]);
	});

	it('no file writes the other-locale ternary: use `otherLocale` (or `asLocale` to read a language code)', () => {
		expect(shown('other-locale ternary')).toEqual([]);
	});

	it('no reader-facing prose outside src/i18n: put it in src/i18n/ui (id.ts, then en.ts)', () => {
		expect(shown('prose')).toEqual([]);
	});
});

describe('the prose heuristic', () => {
	it('finds an Indonesian sentence, a bilingual pair and English template text', () => {
		const code = `const a = 'Baca artikel ini dulu';\nconst b = { id: 'Dua kata', en: 'Two words' };\nconst c = locale === 'id' ? 'Unduh data' : 'Get data';`;
		expect(scanCode('x.ts', code, 1).map((finding) => finding.text)).toEqual([
			'Baca artikel ini dulu',
			'Dua kata',
			'Two words',
			'Unduh data',
			'Get data',
		]);
		const astro = `---\nconst x = 1;\n---\n<p class="note">Read the text of the agreement first</p>\n<img alt="Peta dari provinsi ini" src={x} />`;
		expect(scanAstro('x.astro', astro).map((finding) => `${finding.line} ${finding.text}`)).toEqual([
			'5 Peta dari provinsi ini',
			'4 Read the text of the agreement first',
		]);
	});

	it('passes editor messages, code and slugs', () => {
		const code = `throw new Error(\`\${file}: the date is not a date; write YYYY-MM-DD dan lainnya\`);\nconsole.warn('tidak ada sumber untuk ini');\nconst slug = 'kesepakatan';\nconst t = useTranslations(locale)('nav.home');`;
		expect(scanCode('x.ts', code, 1)).toEqual([]);
		expect(
			scanCode('x.ts', `type L = 'id' | 'en';\nconst o = l === 'id' ? 'en' : 'id';`, 1).map((f) => f.rule),
		).toEqual(['locale type', 'other-locale ternary']);
	});
});
