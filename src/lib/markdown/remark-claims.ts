import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/urls';
import { contentFileOf } from '../schemas/content-files';
import { localeOfContentFile } from '../schemas/content-locale';
import { claimBox, type ClaimBox } from '../claims/claim-box';
import { readClaimsFile } from '../claims/claim-rules';
import type { ClaimData } from '../claims/claim-schemas';

/** Options for `remarkClaims`. */
export interface RemarkClaimsOptions {
	/** Absolute path of `claims.yaml`. */
	claimsPath: string;
	/** Absolute path of `src/content/pages` (the fact-check page's slug is read from its frontmatter). */
	pagesDir: string;
	/** A hash of `claims.yaml`, unused here: it changes the config so Astro re-renders cached Markdown. */
	claimsVersion?: string;
}

/** What this plugin reads of an MDX element such as `<Claim id="CL1" />`. */
interface JsxElement {
	type: string;
	name: string | null;
	attributes: { name?: string; value?: unknown }[];
}

/** A paragraph that is only `[claim:CL1]`: the shortcode for a claim in a `.md` or `.mdx` page. */
const SHORTCODE = /^\[claim:\s*([A-Za-z0-9]+)\s*\]$/;

/**
 * Renders `[claim:CL1]` (a paragraph of its own) as the claim box: verdict
 * label, the words with speaker and date, and a link to the full check, all
 * from `src/content/claims.yaml`. Stops the build naming the file when a page
 * names an unknown claim, or writes a rated claim's words (its `phrases`,
 * e.g. "Rp98 juta") without showing the claim.
 */
export function remarkClaims(options: RemarkClaimsOptions) {
	const claims = new Map(readClaimsFile(options.claimsPath).map((claim) => [claim.id, claim]));
	const paths = {
		id: factCheckPath(options.pagesDir, 'id'),
		en: factCheckPath(options.pagesDir, 'en'),
	};
	return (tree: Root, file: VFile): void => {
		const where = relative(process.cwd(), file.path);
		const locale = localeOfContentFile(file.path);
		const shown = new Set<string>();
		visit(tree, (node, index, parent) => {
			if (node.type === 'footnoteDefinition') return SKIP;
			const jsx = node as unknown as JsxElement;
			if (jsx.type === 'mdxJsxFlowElement' && jsx.name === 'Claim') {
				const id = jsx.attributes.find((attribute) => attribute.name === 'id')?.value;
				if (typeof id === 'string') shown.add(knownClaim(claims, id, where).id);
				return undefined;
			}
			if (node.type !== 'paragraph' || !parent || index === undefined) return undefined;
			const match = SHORTCODE.exec(plainText(node.children).trim());
			if (!match?.[1]) return undefined;
			const claim = knownClaim(claims, match[1], where);
			shown.add(claim.id);
			parent.children.splice(index, 1, boxNode(claimBox(claim, locale, paths[locale])) as RootContent & BlockContent);
			return SKIP;
		});
		assertQuotedClaimsShown(tree, claims, shown, where);
	};
}

/** The path of the fact-check page of a language, from its `slug:` line (its file is `.md` or `.mdx`). */
function factCheckPath(pagesDir: string, locale: Locale): string {
	const folder = join(pagesDir, locale);
	const file = join(folder, contentFileOf(folder, 'fact-checks'));
	const slug = /^slug:\s*["']?([^"'\n]*)["']?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
	if (slug === undefined)
		throw new Error(`${relative(process.cwd(), file)}: add a "slug:" line; claim boxes link to this page.`);
	return localePath(locale, slug);
}

function knownClaim(claims: ReadonlyMap<string, ClaimData>, id: string, where: string): ClaimData {
	const claim = claims.get(id.toUpperCase());
	if (!claim)
		throw new Error(
			`${where}: [claim:${id}] names no claim in src/content/claims.yaml. Use one of ${[...claims.keys()].join(', ')}.`,
		);
	return claim;
}

/** Every rated claim whose words the page writes must be shown as a claim box on that page. */
function assertQuotedClaimsShown(
	tree: Root,
	claims: ReadonlyMap<string, ClaimData>,
	shown: ReadonlySet<string>,
	where: string,
): void {
	const texts: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'footnoteDefinition' || (node.data as { claimBox?: boolean } | undefined)?.claimBox) return SKIP;
		if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
		return undefined;
	});
	const text = texts.join(' ').toLowerCase();
	for (const claim of claims.values()) {
		if (shown.has(claim.id)) continue;
		const phrase = claim.phrases.find((candidate) => text.includes(candidate.toLowerCase()));
		if (phrase)
			throw new Error(
				`${where}: the page quotes claim ${claim.id} ("${phrase}") without showing it. Put "[claim:${claim.id}]" on a line of its own where the claim is quoted (in .mdx also <Claim id="${claim.id}" />), so readers see its verdict and the full check.`,
			);
	}
}

function plainText(children: readonly PhrasingContent[]): string {
	return children
		.map((child) =>
			'value' in child ? child.value : 'children' in child ? plainText(child.children as PhrasingContent[]) : '',
		)
		.join('');
}

/** A paragraph written as `<p class="…">`. */
function p(className: string, children: PhrasingContent[], extra: Record<string, string> = {}): Paragraph {
	return { type: 'paragraph', children, data: { hProperties: { className: [className], ...extra } } };
}

/** The claim box as Markdown nodes (so the site's link and glossary plugins treat it like any text). */
function boxNode(box: ClaimBox): BlockContent {
	const span = (className: string, value: string): PhrasingContent => ({
		type: 'emphasis',
		children: [{ type: 'text', value }],
		data: { hName: 'span', hProperties: { className: [className] } },
	});
	const hidden = (value: string): PhrasingContent => span('visually-hidden', value);
	const verdict: PhrasingContent = {
		type: 'emphasis',
		children: [{ type: 'text', value: box.verdictLabel }],
		data: { hName: 'span', hProperties: { className: ['verdict', `verdict--${box.tone}`], dataRating: box.rating } },
	};
	const children: BlockContent[] = [
		p('claim-box__verdict', [
			hidden(box.verdictPrefix),
			verdict,
			{ type: 'text', value: ' ' },
			span('claim-box__rated', box.rated),
		]),
		{
			type: 'blockquote',
			children: [{ type: 'paragraph', children: [{ type: 'text', value: box.words }] }],
			data: { hProperties: { lang: box.wordsLanguage } },
		},
		p('claim-box__byline', [{ type: 'text', value: box.byline }]),
	];
	if (box.translation) children.push(p('claim-box__translation', [{ type: 'text', value: box.translation }]));
	children.push(
		p('claim-box__link', [{ type: 'link', url: box.href, children: [{ type: 'text', value: box.linkText }] }]),
	);
	return {
		type: 'blockquote',
		children,
		data: { hName: 'div', hProperties: { className: ['claim-box'], dataClaim: box.id }, claimBox: true } as never,
	};
}
