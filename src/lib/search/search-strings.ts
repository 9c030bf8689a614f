import type { Translate } from '../../i18n/ui';

/**
 * The UI strings the search interface fills in the browser, taken from the
 * dictionaries with their `{n}`/`{q}` placeholders kept, as JSON for a
 * `data-strings` attribute.
 */
export function searchStrings(t: Translate): string {
	const keep = { n: '{n}', q: '{q}' };
	return JSON.stringify({
		loading: t('search.loading'),
		count: t('search.count', keep),
		countOne: t('search.countOne', keep),
		empty: t('search.empty', keep),
		emptyGlossary: t('search.emptyGlossary'),
		emptyOther: t('search.emptyOther', keep),
		error: t('search.error'),
	});
}
