import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { locales, type Locale } from '../../i18n/locales';
import { joinBase } from '../../i18n/urls';
import { localeOfContentFile } from '../schemas/content-locale';
import {
	glossaryMatcher,
	normalisePhrase,
	readGlossaryFile,
	type GlossaryMatcher,
	type GlossaryTerm,
} from './glossary-terms';

/** Options for `rehypeGlossaryLinks`. */
export interface RehypeGlossaryLinksOptions {
	/** Absolute path of `glossary.yaml`. */
	glossaryPath: string;
	/** The site's base path (`BASE_PATH`). */
	base: string;
	/** Site path of the glossary page per language. */
	glossaryPaths?: Record<Locale, string>;
}

/**
 * Elements whose text is never linked: headings, links, code, footnotes and
 * anything interactive. Text the build writes itself (an element marked
 * `data-no-glossary`, such as a dollar equivalent) is never linked either.
 */
const SKIP = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'a',
	'code',
	'pre',
	'kbd',
	'samp',
	'sup',
	'abbr',
	'dfn',
	'button',
	'label',
	'select',
	'textarea',
	'script',
	'style',
	'svg',
	'math',
	'template',
	'summary',
]);

/**
 * Links the first use of each glossary term on a page to its entry on the
 * glossary page, with the definition in a visually hidden element the link
 * names with `aria-describedby` (screen readers announce it on focus) and that
 * CSS shows as a tooltip on hover and keyboard focus, without JavaScript.
 * A page opts out with `glossaryLinks: false`; the glossary page (template
 * `glossary`) is never linked to itself.
 */
export function rehypeGlossaryLinks(options: RehypeGlossaryLinksOptions) {
	const terms = readGlossaryFile(options.glossaryPath);
	const matchers = Object.fromEntries(locales.map((locale) => [locale, glossaryMatcher(terms, locale)])) as Record<
		Locale,
		GlossaryMatcher
	>;
	const pages = options.glossaryPaths ?? { id: '/glosarium/', en: '/en/glossary/' };
	return (tree: Root, file: VFile): void => {
		const frontmatter = ((file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ??
			{}) as Record<string, unknown>;
		if (frontmatter['glossaryLinks'] === false || frontmatter['template'] === 'glossary') return;
		const locale = localeOfContentFile(file.path);
		const linker = {
			matcher: matchers[locale],
			linked: new Set<string>(),
			href: (id: string) => joinBase(options.base, `${pages[locale]}#${id}`),
		};
		linkChildren(tree, linker);
	};
}

interface Linker {
	matcher: GlossaryMatcher;
	linked: Set<string>;
	href: (id: string) => string;
}

/** An MDX component placed in the page (`<Claim>…</Claim>`): its children are page text like any other. */
interface MdxComponent {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	children: (RootContent | ElementContent)[];
}

function isMdxComponent(node: { type: string }): node is MdxComponent {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function linkChildren(parent: Root | Element | MdxComponent, linker: Linker): void {
	const out: (RootContent | ElementContent)[] = [];
	for (const child of parent.children) {
		if (child.type === 'text') out.push(...linkText(child, linker));
		else {
			if (
				child.type === 'element' &&
				!SKIP.has(child.tagName) &&
				!('dataFootnotes' in child.properties) &&
				!('dataNoGlossary' in child.properties)
			)
				linkChildren(child, linker);
			else if (isMdxComponent(child)) linkChildren(child, linker);
			out.push(child);
		}
	}
	parent.children = out as typeof parent.children;
}

function linkText(node: Text, linker: Linker): ElementContent[] {
	const { pattern, byPhrase } = linker.matcher;
	const out: ElementContent[] = [];
	let last = 0;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(node.value); match; match = pattern.exec(node.value)) {
		const term = byPhrase.get(normalisePhrase(match[0]));
		if (!term || linker.linked.has(term.id)) continue;
		linker.linked.add(term.id);
		if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
		out.push(termLink(match[0], term, linker.href(term.id)));
		last = match.index + match[0].length;
	}
	if (last === 0) return [node];
	if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
	return out;
}

/**
 * The tooltip shows the definition's first sentence: enough to keep reading,
 * light on every page; the link leads to the full entry.
 */
function firstSentence(definition: string): string {
	const end = /[.!?](?=\s+\p{Lu})/u.exec(definition);
	return end ? definition.slice(0, end.index + 1) : definition;
}

function termLink(text: string, term: GlossaryTerm, href: string): Element {
	const tipId = `glossary-tip-${term.id}`;
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['glossary-term'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: { href, className: ['glossary-term__link'], ariaDescribedBy: [tipId], dataGlossaryTerm: term.id },
				children: [{ type: 'text', value: text }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { id: tipId, role: 'tooltip', className: ['glossary-term__tip'], dataPagefindIgnore: 'all' },
				children: [{ type: 'text', value: firstSentence(term.definition) }],
			},
		],
	};
}
