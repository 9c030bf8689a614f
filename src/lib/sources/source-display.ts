import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatPartialDate } from '../content-model/dates';
import { UNDATED, type RegistrySource } from './source-rules';

/**
 * How a registry source is named wherever it is shown (footnotes, source
 * lists, the registry, timeline and glossary citations), so every place says
 * the same thing: a headline is the link text; a URL slug (`titleFrom:
 * url-slug`) is the link text after "alamat:" / "address:", never passed off
 * as a headline; an event date (`dateFrom: event`) is marked as such; and
 * `undated` reads "tanpa tanggal" / "undated".
 */

type Named = Pick<RegistrySource, 'title' | 'titleFrom'>;
type Dated = Pick<RegistrySource, 'date' | 'dateFrom'>;

/** The link text of a source and the words before the link ("alamat: " for a URL slug, else nothing). */
export function sourceLabel(source: Named, t: Translate): { before: string; text: string } {
	return { before: source.titleFrom === 'url-slug' ? `${t('sources.address')} ` : '', text: source.title };
}

/**
 * A source's date for readers: the words before it ("tanggal peristiwa: " for
 * an event date) and the date in the reader's language, or "tanpa tanggal".
 */
export function sourceDate(source: Dated, locale: Locale, t: Translate): { before: string; text: string } {
	if (source.date === UNDATED) return { before: '', text: t('sources.undated') };
	return {
		before: source.dateFrom === 'event' ? `${t('sources.eventDate')} ` : '',
		text: formatPartialDate(source.date, locale),
	};
}
