import { relative } from 'node:path';
import type { FootnoteDefinition, Link, PhrasingContent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfContentFile } from '../schemas/content-locale';
import { dollarEquivalent, JISDOR, rupiahOfFigure, type ExchangeRate } from './exchange-rate';

/** The footnote label the conversions cite the rate with. */
export const RATE_FOOTNOTE = 'kurs-jisdor';

/** A rupiah figure marked for conversion: `[Rp28 miliar](idr:28000000000)`. */
const AMOUNT = /^idr:(\d+)$/;

/** A conversion Markdown did not read as a link, left in the text. */
const UNPARSED = /\]\(idr:[^)]*\)?/;

/** How far the digits after `idr:` may be from the figure as written (it may be rounded). */
const TOLERANCE = 0.01;

/** Options for `remarkRupiah`. */
export interface RemarkRupiahOptions {
	/**
	 * The rate to convert with; the site's one rate by default. astro.config.mjs
	 * passes it explicitly: Astro keeps rendered Markdown between builds until
	 * its config changes, so the rate must be part of the config for a new rate
	 * to reach every page.
	 */
	rate?: ExchangeRate;
}

/**
 * Converts rupiah figures marked as links to `idr:<amount in digits>` into
 * the figure as written followed by its US dollar equivalent at the site's one
 * JISDOR rate (`src/lib/markdown/exchange-rate.ts`), with the rate's date, and one
 * footnote per page citing the rate's source. Runs before the citation plugin,
 * so that footnote is resolved like any other. An amount that is not digits,
 * is zero, or says something other than the figure the reader sees stops the
 * build with the file, the line and the fix.
 */
export function remarkRupiah(options: RemarkRupiahOptions = {}) {
	const rate = options.rate ?? JISDOR;
	return (tree: Root, file: VFile): void => {
		const locale = localeOfContentFile(file.path);
		let converted = false;
		visit(tree, 'link', (node: Link, index, parent) => {
			if (!node.url.startsWith('idr:') || !parent || index === undefined) return;
			const where = `${relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}` : ''}`;
			const figure = plainText(node.children);
			const digits = AMOUNT.exec(node.url)?.[1];
			const amount = Number(digits);
			if (!digits || !Number.isFinite(amount) || amount <= 0) {
				throw new Error(
					`${where}: "${node.url}" is not a rupiah amount. Write the whole amount in digits after "idr:", without dots, commas or spaces, e.g. [Rp28 miliar](idr:28000000000).`,
				);
			}
			const written = rupiahOfFigure(figure, locale);
			if (written === undefined) {
				throw new Error(
					`${where}: the link text "${figure}" is not a rupiah figure. Write the figure as the reader should see it, e.g. [Rp28 miliar](idr:28000000000).`,
				);
			}
			if (Math.abs(written - amount) > amount * TOLERANCE) {
				throw new Error(
					`${where}: "${figure}" is ${written} rupiah but the link says idr:${digits}. Make the digits after "idr:" the same amount as the figure, e.g. [Rp28 miliar](idr:28000000000).`,
				);
			}
			converted = true;
			parent.children.splice(
				index,
				1,
				...node.children,
				{ type: 'text', value: ' (' },
				{
					// A span the tests and styles can find (every converted figure names its rate and date), kept free of glossary links.
					type: 'emphasis',
					data: { hName: 'span', hProperties: { className: ['usd-equivalent'], dataNoGlossary: '' } },
					children: [
						{ type: 'text', value: dollarEquivalent(amount, locale, rate) },
						{ type: 'footnoteReference', identifier: RATE_FOOTNOTE, label: RATE_FOOTNOTE },
					],
				},
				{ type: 'text', value: ')' },
			);
			return [SKIP, index + node.children.length + 3];
		});
		// Markdown reads `[Rp28 miliar](idr:28 miliar)` (a space in the address) as text, which would reach readers as written.
		visit(tree, 'text', (node: Text) => {
			if (!UNPARSED.test(node.value)) return;
			const where = `${relative(process.cwd(), file.path)}${node.position ? `:${node.position.start.line}` : ''}`;
			throw new Error(
				`${where}: "${UNPARSED.exec(node.value)?.[0]}" is not a rupiah amount. Write the whole amount in digits after "idr:", without dots, commas or spaces, e.g. [Rp28 miliar](idr:28000000000).`,
			);
		});
		if (
			converted &&
			!tree.children.some((node) => node.type === 'footnoteDefinition' && node.identifier === RATE_FOOTNOTE)
		) {
			const definition: FootnoteDefinition = {
				type: 'footnoteDefinition',
				identifier: RATE_FOOTNOTE,
				label: RATE_FOOTNOTE,
				children: [{ type: 'paragraph', children: [{ type: 'text', value: `@${rate.source}` }] }],
			};
			tree.children.push(definition);
		}
	};
}

function plainText(children: PhrasingContent[]): string {
	return children
		.map((child) =>
			'value' in child ? child.value : 'children' in child ? plainText(child.children as PhrasingContent[]) : '',
		)
		.join('');
}
