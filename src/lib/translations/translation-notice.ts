import { readFileSync } from 'node:fs';
import { judgePair } from './translation-freshness';
import type { PageRoute } from '../collections/page-routes';

/**
 * Whether a page is a translation whose original changed after its last
 * review (the page then shows a notice linking to the original). Reads both
 * files as written, so the page and `npm run translations` judge the same text.
 */
export function isStaleTranslation(route: PageRoute, original: PageRoute): boolean {
	const own = route.entry.filePath;
	const other = original.entry.filePath;
	if (!own || !other) return false;
	const report = judgePair({
		collection: route.collection,
		key: route.key,
		files: {
			[route.locale]: { path: own, text: readFileSync(own, 'utf8') },
			[original.locale]: { path: other, text: readFileSync(other, 'utf8') },
		},
	});
	return report.status === 'stale' && report.translation === route.locale;
}
