import { relative } from 'node:path';
import type { FootnoteDefinition, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { localeOfContentFile } from '../schemas/content-locale';
import { articleCitation } from '../sources/source-display';
import { readSourceRegistry, type RegistrySource } from '../sources/source-registry';

/** Options for `remarkCitations`. */
export interface RemarkCitationsOptions {
	/** Absolute path of `sources.yaml`. */
	registryPath: string;
}

/** The marker that starts a citation footnote: `[^1]: @source-id optional locator`. */
const CITATION = /^@([a-z0-9]+(?:-[a-z0-9]+)*)(?:[\s,;:]+(.*))?$/s;

/**
 * Turns GFM footnotes whose text starts with `@source-id` into citations of
 * the source registry: the headline linked to the article, publisher, date
 * (marked when it is the date of the event reported), or, when the headline
 * is not known, publisher and date with a "read the article" link; then the
 * kind, the registry's note and any locator written after the id. Records the cited ids, in order, as the
 * frontmatter field `citedSources` so the layout can list the page's sources.
 * A footnote without `@id`, or naming an id the registry lacks, stops the
 * build with the file, the footnote and the fix.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
	const registry = readSourceRegistry(options.registryPath);
	return (tree: Root, file: VFile): void => {
		const where = relative(process.cwd(), file.path);
		const t = useTranslations(localeOfContentFile(file.path));
		const cited: string[] = [];
		visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
			const { id, locator } = parseCitation(node, where);
			const source = registry.get(id);
			if (!source) {
				throw new Error(
					`${where}: footnote [^${node.label ?? node.identifier}] cites "@${id}", which is not in src/content/sources.yaml. Fix the id or add the source to the registry.`,
				);
			}
			if (!cited.includes(id)) cited.push(id);
			node.children = [
				{ type: 'paragraph', children: citationText(source, locator, t, localeOfContentFile(file.path)) },
			];
		});
		const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
		astro.frontmatter = { ...astro.frontmatter, citedSources: cited };
	};
}

function parseCitation(node: FootnoteDefinition, where: string): { id: string; locator: string } {
	const paragraph = node.children[0];
	const text = paragraph?.type === 'paragraph' ? plainText(paragraph.children) : '';
	const match = CITATION.exec(text.trim());
	if (!match?.[1]) {
		throw new Error(
			`${where}: footnote [^${node.label ?? node.identifier}] must start with "@" and a source id from src/content/sources.yaml, e.g. "[^${node.label ?? '1'}]: @diskominfo-kaltim-2025". It reads: "${text.trim().slice(0, 80)}".`,
		);
	}
	return { id: match[1], locator: (match[2] ?? '').trim() };
}

function plainText(children: PhrasingContent[]): string {
	return children
		.map((child) =>
			'value' in child ? child.value : 'children' in child ? plainText(child.children as PhrasingContent[]) : '',
		)
		.join('');
}

function citationText(
	source: RegistrySource,
	locator: string,
	t: ReturnType<typeof useTranslations>,
	locale: Locale,
): PhrasingContent[] {
	const citation = articleCitation(source, locale, t);
	// The note is the page's one full citation of its source (the page lists apart only sources no footnote cites),
	// so it carries the kind and the registry's note too.
	const link: PhrasingContent = { type: 'link', url: source.url, children: [{ type: 'text', value: citation.link }] };
	const kind: PhrasingContent = {
		type: 'emphasis',
		data: { hName: 'span', hProperties: { className: ['source-kind', `source-kind--${source.kind}`] } },
		children: [{ type: 'text', value: t(`sources.kind.${source.kind}`) }],
	};
	const after = [locator, source.note?.[locale]].filter(Boolean).join(' ');
	return [
		...(citation.before ? [{ type: 'text' as const, value: citation.before }] : []),
		link,
		{ type: 'text', value: `${citation.after} ` },
		kind,
		...(after ? [{ type: 'text' as const, value: ` ${after}` }] : []),
	];
}
