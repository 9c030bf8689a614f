import type { CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { notFoundPath } from '../../i18n/urls';
import { formatPartialDate } from '../schemas/dates';
import { siteRoutes, titleOf, type SiteRoute } from '../site/site-routes';
import { openDataFigure } from '../collections/commodity-directory';

/** A fact-check as a share image shows it: what was claimed at the signing against what a source confirms. */
export interface ShareFactCheck {
	claimLabel: string;
	claim: string;
	speaker: string;
	findingLabel: string;
	/** The confirmed key figure with its date, or the site's "no figure confirmed yet". */
	finding: string;
}

/** Everything one page's share image and its `og:image:alt` say, in the page's language. */
export interface ShareCard {
	/** Site-relative path of the page (without the base). */
	pagePath: string;
	locale: Locale;
	siteName: string;
	tagline: string;
	title: string;
	/** The page's own description (frontmatter `description`), shown when there is no fact-check. */
	description: string;
	factCheck?: ShareFactCheck;
	/** The image's text alternative: the title and the site and, for a fact-check, the claim and the finding. */
	alt: string;
}

let cache: Promise<Map<string, ShareCard>> | undefined;

/**
 * The share card of every page the site builds, both languages: the content
 * pages, the parts of the source list and the two not-found pages, by page path.
 * All text comes from the pages' own fields and the UI dictionaries.
 */
export function shareCards(): Promise<Map<string, ShareCard>> {
	cache ??= loadShareCards();
	return cache;
}

/** The share card of one page; a page without one fails the build naming its path. */
export async function shareCardFor(pagePath: string): Promise<ShareCard> {
	const card = (await shareCards()).get(pagePath);
	if (!card)
		throw new Error(`No share image for ${pagePath}: add the page to shareCards() in src/lib/share/share-cards.ts.`);
	return card;
}

async function loadShareCards(): Promise<Map<string, ShareCard>> {
	const cards = (await siteRoutes()).map(routeCard);
	for (const locale of locales) {
		const t = useTranslations(locale);
		cards.push(card(locale, notFoundPath(locale), t('notFound.title'), t('notFound.body')));
	}
	return new Map(cards.map((entry) => [entry.pagePath, entry]));
}

function routeCard(route: SiteRoute): ShareCard {
	const factCheck =
		route.kind === 'page' && route.collection === 'commodities'
			? commodityFactCheck(route.entry as CollectionEntry<'commodities'>, route.locale)
			: undefined;
	const description = route.kind === 'page' ? route.entry.data.description : route.description;
	return card(route.locale, route.path, titleOf(route), description, factCheck);
}

/** A profile with a claim is a fact-check: its claim and speaker against its key figure, as its key-facts table gives them. */
function commodityFactCheck(entry: CollectionEntry<'commodities'>, locale: Locale): ShareFactCheck | undefined {
	const { claim, keyFigure } = entry.data;
	if (!claim) return undefined;
	const t = useTranslations(locale);
	return {
		claimLabel: t('directory.col.claim'),
		claim: claim.text,
		speaker: claim.speaker,
		findingLabel: t('directory.col.keyFigure'),
		finding: findingText(keyFigure ?? openDataFigure(entry, locale), locale) ?? t('directory.noFigure'),
	};
}

/** A key figure as the key-facts table writes it: its text, with its date when it has one. */
function findingText(figure: { text: string; date?: string } | undefined, locale: Locale): string | undefined {
	if (!figure) return undefined;
	return figure.date ? `${figure.text} (${formatPartialDate(figure.date, locale)})` : figure.text;
}

function card(
	locale: Locale,
	pagePath: string,
	title: string,
	description: string,
	factCheck?: ShareFactCheck,
): ShareCard {
	const t = useTranslations(locale);
	const siteName = t('site.name');
	// The page's <title> as the head writes it: the image shows the same two names, and a repeat costs almost nothing in gzip.
	const alt = [
		title === siteName ? title : `${title} — ${siteName}`,
		...(factCheck
			? [
					`${factCheck.claimLabel}: “${factCheck.claim}” (${factCheck.speaker})`,
					`${factCheck.findingLabel}: ${factCheck.finding}`,
				]
			: []),
	].join('. ');
	const base = { pagePath, locale, siteName, tagline: t('site.tagline'), title, description, alt };
	return factCheck ? { ...base, factCheck } : base;
}
