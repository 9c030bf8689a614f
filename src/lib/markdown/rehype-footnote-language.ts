import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { useTranslations } from '../../i18n/ui';
import { localeOfContentFile } from '../schemas/content-locale';

/**
 * Writes the footnote section's heading and back-link labels in the page's
 * language (remark-rehype's options are global, so they are English) and
 * makes the heading visible: readers should see that the numbers are notes.
 * The notes repeat the source list, so search indexes neither, nor the
 * reference numbers in the text (they would show up in excerpts).
 */
export function rehypeFootnoteLanguage() {
	return (tree: Root, file: VFile): void => {
		const t = useTranslations(localeOfContentFile(file.path));
		visit(tree, 'element', (node: Element) => {
			if ('dataFootnotes' in node.properties) node.properties['dataPagefindIgnore'] = 'all';
			if ('dataFootnoteRef' in node.properties) node.properties['dataPagefindIgnore'] = '';
			if (node.properties['id'] === 'footnote-label') {
				node.children = [{ type: 'text', value: t('footnotes.heading') }];
				node.properties['className'] = ['footnotes-heading'];
			}
			const label = node.properties['ariaLabel'];
			if ('dataFootnoteBackref' in node.properties && typeof label === 'string') {
				const n = /(\d+(?:-\d+)?)$/.exec(label)?.[1] ?? '';
				node.properties['ariaLabel'] = t('footnotes.backLabel', { n });
				// The data attribute already marks it; the class repeats it on every back link.
				delete node.properties['className'];
			}
		});
	};
}
