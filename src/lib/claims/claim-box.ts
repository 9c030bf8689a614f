import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { ratingLabel, ratingTone } from '../../i18n/ui/rating-scales';
import { formatPartialDate } from '../schemas/dates';
import type { ClaimData } from './claim-schemas';
import { ratedAsOfText, ratingAnchor } from './rating-text';

/**
 * What a quoted claim shows wherever a page quotes it (`[claim:CL1]` in
 * Markdown, `<Claim id="CL1" />` in MDX): the one definition both renderers use.
 */
export interface ClaimBox {
	id: string;
	tone: ReturnType<typeof ratingTone>;
	rating: string;
	verdictLabel: string;
	/** "Penilaian: " / "Verdict: " before the label, for screen readers and print. */
	verdictPrefix: string;
	headline: string;
	/** The words, in quotation marks when they are the speaker's own. */
	words: string;
	wordsLanguage: Locale;
	/** "— speaker, date" plus, for indirect speech, the note that it is not a quote. */
	byline: string;
	/** The English translation on English pages, else undefined. */
	translation: string | undefined;
	/** "Dinilai per awal 2026" */
	rated: string;
	linkText: string;
	/** Site path of the check, without the base: `/cek-fakta/#cl1`. */
	href: string;
}

/** Builds the claim box of one claim for a page in `locale`; `factCheckPath` is that language's fact-check page path. */
export function claimBox(claim: ClaimData, locale: Locale, factCheckPath: string): ClaimBox {
	const t = useTranslations(locale);
	const quoted = (text: string) => (claim.form === 'direct' ? `“${text}”` : text);
	const note =
		claim.form === 'indirect'
			? ` ${t('ratings.formIndirect')}`
			: claim.form === 'article'
				? ` ${t('ratings.formArticle')}`
				: '';
	return {
		id: claim.id,
		tone: ratingTone(claim.rating),
		rating: claim.rating,
		verdictLabel: ratingLabel(claim.rating, locale),
		verdictPrefix: `${t('ratings.verdict')}: `,
		headline: claim.headline[locale],
		words: quoted(claim.words.original),
		wordsLanguage: claim.words.language,
		byline: `— ${claim.speaker[locale]}, ${formatPartialDate(claim.date, locale)}.${note}`,
		translation:
			claim.words.language === locale ? undefined : `${t('ratings.translation')}: ${quoted(claim.words.translation)}`,
		rated: t('ratings.ratedAsOf', { when: ratedAsOfText(claim.ratedAsOf, locale) }),
		linkText: `${t('ratings.readCheck')} (${claim.id})`,
		href: `${factCheckPath}#${ratingAnchor(claim.id)}`,
	};
}
