import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import { formatPartialDate } from '../schemas/dates';
import { UNDATED, type RegistrySource } from './source-rules';

/**
 * How a registry source is named wherever it is shown (footnotes, source
 * lists, the registry, chart tables, timeline, glossary and update notes), so
 * every place says the same thing. A source with a known headline is named by
 * it; a source without one is named by its publisher and date, never by its
 * address (a slug like "?p=27549" tells a reader nothing). An event date
 * (`dateFrom: event`) is marked as such; `undated` reads "tanpa tanggal" /
 * "undated".
 */

type Dated = Pick<RegistrySource, 'date' | 'dateFrom'>;
type Shown = Pick<RegistrySource, 'title' | 'publisher' | 'date' | 'dateFrom'>;

/** A citation as text around one link: `before`, the link's text, `after`. */
export interface CitationParts {
	before: string;
	link: string;
	after: string;
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

/** Publisher and date as one phrase: "Tribun Kaltim, 1 Juli 2025" / "…, tanggal peristiwa: 7 Agustus 2025". */
function publisherAndDate(source: Shown, locale: Locale, t: Translate): string {
	const date = sourceDate(source, locale, t);
	return `${source.publisher}, ${date.before}${date.text}`;
}

/**
 * A full citation whose link goes to the article itself (footnotes, source
 * lists, the registry, update notes): "Headline. Publisher, date." with the
 * headline linked; without a headline, "Publisher, date. Read the article."
 * with the plain words linked.
 */
export function articleCitation(source: Shown, locale: Locale, t: Translate): CitationParts {
	const details = publisherAndDate(source, locale, t);
	return source.title
		? { before: '', link: source.title, after: `. ${details}.` }
		: { before: `${details}. `, link: t('sources.readArticle'), after: '.' };
}

/**
 * A short citation whose link goes to the source's registry entry (timeline,
 * glossary, figures, chart tables), where the reader finds the rest:
 * "Headline, Publisher" with the headline linked; without a headline,
 * "Publisher, date" with the publisher linked.
 */
export function entryCitation(source: Shown, locale: Locale, t: Translate): CitationParts {
	if (source.title) return { before: '', link: source.title, after: `, ${source.publisher}` };
	const date = sourceDate(source, locale, t);
	return { before: '', link: source.publisher, after: `, ${date.before}${date.text}` };
}
