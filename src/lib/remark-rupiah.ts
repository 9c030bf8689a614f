import { relative } from 'node:path';
import type { FootnoteDefinition, Link, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfContentFile } from './content-locale';
import { dollarEquivalent, JISDOR } from './exchange-rate';

/** The footnote label the conversions cite the rate with. */
const RATE_FOOTNOTE = 'kurs-jisdor';

/** A rupiah figure marked for conversion: `[Rp28 miliar](idr:28000000000)`. */
const AMOUNT = /^idr:(\d+)$/;

/**
 * Converts rupiah figures marked as links to `idr:<amount in digits>` into
 * the figure as written followed by its US dollar equivalent at the site's one
 * JISDOR rate (`src/lib/exchange-rate.ts`), with the rate's date, and a
 * footnote citing the rate's source. Runs before the citation plugin, so that
 * footnote is resolved like any other. A malformed amount stops the build with
 * the file and the fix.
 */
export function remarkRupiah() {
	return (tree: Root, file: VFile): void => {
		const locale = localeOfContentFile(file.path);
		let converted = false;
		visit(tree, 'link', (node: Link, index, parent) => {
			if (!node.url.startsWith('idr:') || !parent || index === undefined) return;
			const amount = AMOUNT.exec(node.url);
			if (!amount?.[1]) {
				throw new Error(`${relative(process.cwd(), file.path)}: "${node.url}" is not a rupiah amount. Write the amount in digits after "idr:", e.g. [Rp28 miliar](idr:28000000000).`);
			}
			converted = true;
			parent.children.splice(
				index,
				1,
				...node.children,
				{ type: 'text', value: ' (' },
				{
					// A span the tests and styles can find: every converted figure names its rate and date.
					type: 'emphasis',
					data: { hName: 'span', hProperties: { className: ['usd-equivalent'] } },
					children: [
						{ type: 'text', value: dollarEquivalent(Number(amount[1]), locale) },
						{ type: 'footnoteReference', identifier: RATE_FOOTNOTE, label: RATE_FOOTNOTE },
					],
				},
				{ type: 'text', value: ')' },
			);
			return [SKIP, index + node.children.length + 3];
		});
		if (converted && !tree.children.some((node) => node.type === 'footnoteDefinition' && node.identifier === RATE_FOOTNOTE)) {
			const definition: FootnoteDefinition = {
				type: 'footnoteDefinition',
				identifier: RATE_FOOTNOTE,
				label: RATE_FOOTNOTE,
				children: [{ type: 'paragraph', children: [{ type: 'text', value: `@${JISDOR.source}` }] }],
			};
			tree.children.push(definition);
		}
	};
}
