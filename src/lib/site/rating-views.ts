import type { Locale } from '../../i18n/locales';
import { homePath, url } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { claimRatingValue, ratingLabel, type Rating } from '../../i18n/ui/rating-scales';
import { citationLinks, type CitationLink } from '../collections/citation-links';
import { getEntry } from 'astro:content';
import { claimReviewLd, type JsonLd } from './structured-data';
import { checkPageHref, claimPath, commitmentPath, ratings } from '../collections/ratings';
import { eventDate, newestDate, ratedAsOfText, ratingAnchor, shareText } from '../claims/rating-text';
import type { ClaimData, CommitmentData } from '../claims/claim-schemas';

import { badge, type RatingBadgeView } from '../claims/rating-badge';

export type { RatingBadgeView } from '../claims/rating-badge';

/** One rating with its date, for the history list. */
export interface HistoryView {
	date: string;
	dateText: string;
	badge: RatingBadgeView;
}

/** A claim ready to render, in one language. */
export interface ClaimView {
	id: string;
	anchor: string;
	headline: string;
	speaker: string;
	dateText: string;
	place: string;
	form: ClaimData['form'];
	original: string;
	/** The translation, on pages not in the words' language. */
	translation: string | undefined;
	wordsLanguage: Locale;
	wordsCitation: CitationLink[];
	badge: RatingBadgeView;
	reason: string;
	evidence: CitationLink[];
	ratedAsOf: string;
	ratedAsOfText: string;
	/** Link (with base) to the check on the fact-check page. */
	checkHref: string;
	/** Link (with base) to the longer discussion. */
	longerHref: string;
	share: string;
	history: HistoryView[];
}

/** One dated event of a commitment. */
interface EventView {
	date: string;
	dateText: string;
	text: string;
	citations: CitationLink[];
}

/** A commitment ready to render, in one language. */
export interface CommitmentView {
	id: string;
	anchor: string;
	area: string;
	said: string;
	speaker: string;
	saidCitation: CitationLink[];
	badge: RatingBadgeView;
	reason: string;
	ratedAsOf: string;
	ratedAsOfText: string;
	/** Newest evidence date, formatted, or undefined when there is none. */
	newest: { date: string; text: string } | undefined;
	evidence: EventView[];
	context: EventView[];
	share: string;
	history: HistoryView[];
}

function historyViews(history: readonly { date: string; rating: Rating }[], locale: Locale): HistoryView[] {
	return history.map((entry) => ({
		date: entry.date,
		dateText: ratedAsOfText(entry.date, locale),
		badge: badge(entry.rating, locale),
	}));
}

/** The absolute URL of a site path (with the base). */
const absolute = (path: string, site: URL) => new URL(url(path), site).href;

/** One claim in one language: texts, links, citations and its share text. */
async function claimView(claim: ClaimData, locale: Locale, site: URL): Promise<ClaimView> {
	const t = useTranslations(locale);
	const where = `src/content/claims.yaml: ${claim.id}`;
	const path = await claimPath(claim.id, locale);
	return {
		id: claim.id,
		anchor: ratingAnchor(claim.id),
		headline: claim.headline[locale],
		speaker: claim.speaker[locale],
		dateText: eventDate(claim.date, locale),
		place: claim.place[locale],
		form: claim.form,
		original: claim.words.original,
		translation: claim.words.language === locale ? undefined : claim.words.translation,
		wordsLanguage: claim.words.language,
		wordsCitation: await citationLinks([claim.wordsSource], locale, where),
		badge: badge(claim.rating, locale),
		reason: claim.reason[locale],
		evidence: await citationLinks(claim.evidence, locale, where),
		ratedAsOf: claim.ratedAsOf,
		ratedAsOfText: ratedAsOfText(claim.ratedAsOf, locale),
		checkHref: url(path),
		longerHref: await checkPageHref(claim, locale),
		share: shareText({
			locale,
			rating: claim.rating,
			kind: t('ratings.claimKind', { id: claim.id }),
			line: `"${claim.headline[locale]}" (${claim.speaker[locale].split(' (')[0]}, ${eventDate(claim.date, locale)})`,
			link: absolute(path, site),
		}),
		history: historyViews(claim.history, locale),
	};
}

async function eventViews(events: CommitmentData['evidence'], locale: Locale, where: string): Promise<EventView[]> {
	return Promise.all(
		events.map(async (event) => ({
			date: event.date,
			dateText: eventDate(event.date, locale),
			text: event.text[locale],
			citations: await citationLinks(event.sources, locale, where),
		})),
	);
}

/** One commitment in one language. */
async function commitmentView(commitment: CommitmentData, locale: Locale, site: URL): Promise<CommitmentView> {
	const t = useTranslations(locale);
	const where = `src/content/commitments.yaml: ${commitment.id}`;
	const path = await commitmentPath(commitment.id, locale);
	const newest = newestDate(commitment.evidence);
	return {
		id: commitment.id,
		anchor: ratingAnchor(commitment.id),
		area: commitment.area[locale],
		said: commitment.said[locale],
		speaker: commitment.speaker[locale],
		saidCitation: await citationLinks([commitment.saidSource], locale, where),
		badge: badge(commitment.rating, locale),
		reason: commitment.reason[locale],
		ratedAsOf: commitment.ratedAsOf,
		ratedAsOfText: ratedAsOfText(commitment.ratedAsOf, locale),
		newest: newest ? { date: newest, text: eventDate(newest, locale) } : undefined,
		evidence: await eventViews(commitment.evidence, locale, where),
		context: await eventViews(commitment.context, locale, where),
		share: shareText({
			locale,
			rating: commitment.rating,
			kind: t('ratings.commitmentKind', { id: commitment.id }),
			line: `${commitment.area[locale]}: ${commitment.reason[locale]}`,
			link: absolute(path, site),
		}),
		history: historyViews(commitment.history, locale),
	};
}

/** Every claim of one language, in id order. */
export async function claimViews(locale: Locale, site: URL): Promise<ClaimView[]> {
	const { claims } = await ratings();
	return Promise.all(claims.map((claim) => claimView(claim, locale, site)));
}

/** Every commitment of one language, in id order. */
export async function commitmentViews(locale: Locale, site: URL): Promise<CommitmentView[]> {
	const { commitments } = await ratings();
	return Promise.all(commitments.map((commitment) => commitmentView(commitment, locale, site)));
}

/** The ClaimReview JSON-LD of every claim, for the fact-check page of one language. */
export async function claimReviews(locale: Locale, site: URL): Promise<JsonLd[]> {
	const t = useTranslations(locale);
	const { claims } = await ratings();
	return Promise.all(
		claims.map(async (claim) => {
			const source = await getEntry('sources', claim.wordsSource);
			return claimReviewLd({
				locale,
				url: absolute(await claimPath(claim.id, locale), site),
				claimReviewed: claim.words.language === locale ? claim.words.original : claim.words.translation,
				speaker: claim.speaker[locale],
				speakerType: claim.form === 'article' ? 'Organization' : 'Person',
				datePublished: claim.date,
				appearance: source?.data.url ?? absolute(homePath(locale), site),
				ratedAsOf: claim.ratedAsOf,
				ratingValue: claimRatingValue(claim.rating as Parameters<typeof claimRatingValue>[0]),
				bestRating: 3,
				worstRating: 1,
				label: ratingLabel(claim.rating, locale),
				reason: claim.reason[locale],
				siteName: t('site.name'),
				siteUrl: absolute(homePath(locale), site),
			});
		}),
	);
}
