import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { joinBase } from '../../i18n/urls';

/** Options for `rehypeInternalLinks`. */
export interface RehypeInternalLinksOptions {
	/** The site's base path (`BASE_PATH`), e.g. `/` or `/sinergi-kalimantan/`. */
	base: string;
}

/**
 * Editors link between pages with site paths (`[Komoditas](/komoditas/)`).
 * This puts those links under the configured base and adds the trailing
 * slash, so content works unchanged at the root or under a sub-path.
 */
export function rehypeInternalLinks({ base }: RehypeInternalLinksOptions) {
	return (tree: Root): void => {
		visit(tree, 'element', (node: Element) => {
			const href = node.properties['href'];
			if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
				node.properties['href'] = joinBase(base, href);
			}
		});
	};
}
