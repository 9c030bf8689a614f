import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { articleCitation, entryCitation, sourceDate } from '../../src/lib/sources/source-display';

const id = useTranslations('id');
const en = useTranslations('en');
const headlined = {
	title: 'Dinas PUPR Kaltim Sebut Progres Jalan Mahulu - Malinau Masih Merayap, Baru Tembus 3 Kilometer',
	publisher: 'Tribun Kaltim',
	date: '2025-07-01',
};
const headlineless = { publisher: 'Mahakata (mahakata.com)', date: 'undated' };
const eventDated = { publisher: 'insitekaltim.com', date: '2025-08-07', dateFrom: 'event' as const };

describe('articleCitation', () => {
	it('links the headline, then gives publisher and date', () => {
		expect(articleCitation(headlined, 'id', id)).toEqual({
			before: '',
			link: headlined.title,
			after: '. Tribun Kaltim, 1 Juli 2025.',
		});
	});

	it('names a source without a headline by publisher and date, with a plain "read the article" link', () => {
		expect(articleCitation(headlineless, 'id', id)).toEqual({
			before: 'Mahakata (mahakata.com), tanpa tanggal. ',
			link: 'Baca artikel',
			after: '.',
		});
		expect(articleCitation(eventDated, 'en', en)).toEqual({
			before: 'insitekaltim.com, date of the event: 7 August 2025. ',
			link: 'Read the article',
			after: '.',
		});
	});
});

describe('entryCitation', () => {
	it('links the headline and adds the publisher; without a headline, links the publisher and adds the date', () => {
		expect(entryCitation(headlined, 'en', en)).toEqual({ before: '', link: headlined.title, after: ', Tribun Kaltim' });
		expect(entryCitation(eventDated, 'id', id)).toEqual({
			before: '',
			link: 'insitekaltim.com',
			after: ', tanggal peristiwa: 7 Agustus 2025',
		});
	});
});

describe('sourceDate', () => {
	it('reads "undated" in the reader\'s language and marks an event date', () => {
		expect(sourceDate({ date: 'undated' }, 'en', en)).toEqual({ before: '', text: 'undated' });
		expect(sourceDate({ date: '2025-08', dateFrom: 'event' }, 'id', id)).toEqual({
			before: 'tanggal peristiwa: ',
			text: 'Agustus 2025',
		});
	});
});
