import { proseOf } from '../markdown/mdx-text';
import { locales, type Locale } from '../../i18n/locales';

/** A JSON-LD node: plain data, serialised into `<script type="application/ld+json">`. */
export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/** What every page's JSON-LD needs to know about it. */
export interface PageFacts {
	locale: Locale;
	title: string;
	description: string;
	/** Absolute URL of the page. */
	url: string;
	updated: Date;
	siteName: string;
	/** Absolute URL of the site's home page in this language. */
	siteUrl: string;
}

const CONTEXT = 'https://schema.org';

/** The page as a schema.org Article, published by the site. */
export function articleLd(page: PageFacts): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'Article',
		headline: page.title,
		description: page.description,
		inLanguage: page.locale,
		url: page.url,
		dateModified: page.updated.toISOString().slice(0, 10),
		license: 'https://creativecommons.org/licenses/by/4.0/',
		publisher: { '@type': 'Organization', name: page.siteName, url: page.siteUrl },
	};
}

/** The home page as a schema.org WebSite. */
export function websiteLd(page: PageFacts): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'WebSite',
		name: page.siteName,
		url: page.siteUrl,
		description: page.description,
		inLanguage: page.locale,
	};
}

/** A breadcrumb trail, from the home page to the page itself. */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

/** Strips Markdown down to the text a reader sees: footnote markers, links, emphasis, list marks. */
export function plainText(markdown: string): string {
	return (
		markdown
			.replace(/\[\^[^\]]+\]/g, '')
			// A claim shortcode renders a box from claims.yaml; as plain text it is noise.
			.replace(/\[claim:\s*[A-Za-z0-9]+\s*\]/g, '')
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/[*_`]+/g, '')
			.replace(/^\s*([-+]|\d+\.)\s+/gm, '')
			.replace(/^\s*\|.*\|\s*$/gm, '')
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * Question-and-answer pairs of an FAQ page from its Markdown: each `##` heading
 * is a question, the text up to the next heading its answer. Footnote
 * definitions (`[^1]: @id`) are dropped; they are citations, not answers; so
 * are MDX import lines and component tags (`proseOf`).
 */
export function faqFromMarkdown(markdown: string): { question: string; answer: string }[] {
	const body = proseOf(markdown).replace(/^\[\^[^\]]+\]:.*$/gm, '');
	const parts = body.split(/^##\s+/m).slice(1);
	return parts
		.map((part) => {
			const [heading = '', ...rest] = part.split('\n');
			const answer = rest.join('\n').split(/^#{1,6}\s/m)[0] ?? '';
			return { question: plainText(heading), answer: plainText(answer) };
		})
		.filter((pair) => pair.question !== '' && pair.answer !== '');
}

/** An FAQPage from question-and-answer pairs. */
export function faqLd(pairs: readonly { question: string; answer: string }[], locale: Locale): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'FAQPage',
		inLanguage: locale,
		mainEntity: pairs.map(({ question, answer }) => ({
			'@type': 'Question',
			name: question,
			acceptedAnswer: { '@type': 'Answer', text: answer },
		})),
	};
}

/** One published dataset with its downloads, as a schema.org Dataset. */
export function datasetLd(dataset: {
	name: string;
	description: string;
	url: string;
	locale: Locale;
	siteName: string;
	siteUrl: string;
	license: string;
	citation: string;
	downloads: readonly { format: string; url: string }[];
	fields: readonly string[];
}): JsonLd {
	return {
		'@context': CONTEXT,
		'@type': 'Dataset',
		name: dataset.name,
		description: dataset.description,
		url: dataset.url,
		inLanguage: [...locales],
		license: dataset.license,
		isAccessibleForFree: true,
		citation: dataset.citation,
		creator: { '@type': 'Organization', name: dataset.siteName, url: dataset.siteUrl },
		variableMeasured: dataset.fields,
		distribution: dataset.downloads.map((download) => ({
			'@type': 'DataDownload',
			encodingFormat: download.format === 'csv' ? 'text/csv' : 'application/json',
			contentUrl: download.url,
		})),
	};
}

/** JSON for an inline `<script type="application/ld+json">`: `<` escaped so text can never close the element. */
export function serializeJsonLd(node: JsonLd): string {
	return JSON.stringify(node).replace(/</g, '\\u003c');
}

/** What a schema.org ClaimReview needs of one fact check. */
export interface ClaimReviewFacts {
	locale: Locale;
	/** Absolute URL of the check (the fact-check page with the claim's anchor). */
	url: string;
	/** The claim as the report gave it. */
	claimReviewed: string;
	speaker: string;
	/** A person speaking, or a publisher whose own sentence it is. */
	speakerType: 'Person' | 'Organization';
	/** When it was said: YYYY, YYYY-MM or YYYY-MM-DD. */
	datePublished: string;
	/** Absolute URL of the report of the words. */
	appearance: string;
	/** The day the rating was made, YYYY-MM-DD. */
	ratedAsOf: string;
	/** Position on the scale from `worstRating` to `bestRating`; none when the claim cannot be checked yet. */
	ratingValue: number | undefined;
	bestRating: number;
	worstRating: number;
	/** The verdict label, e.g. "Tidak didukung sumber". */
	label: string;
	reason: string;
	siteName: string;
	siteUrl: string;
}

/**
 * One fact check as a schema.org ClaimReview: the site as author, the claim
 * with its speaker, date and first appearance, and the verdict label as the
 * rating's `alternateName` (what search engines show).
 */
export function claimReviewLd(review: ClaimReviewFacts): JsonLd {
	const organization = { '@type': 'Organization', name: review.siteName, url: review.siteUrl };
	return {
		'@context': CONTEXT,
		'@type': 'ClaimReview',
		url: review.url,
		inLanguage: review.locale,
		datePublished: review.ratedAsOf,
		author: organization,
		claimReviewed: review.claimReviewed,
		itemReviewed: {
			'@type': 'Claim',
			author: { '@type': review.speakerType, name: review.speaker },
			datePublished: review.datePublished,
			appearance: { '@type': 'CreativeWork', url: review.appearance },
		},
		reviewRating: {
			'@type': 'Rating',
			...(review.ratingValue === undefined ? {} : { ratingValue: review.ratingValue }),
			bestRating: review.bestRating,
			worstRating: review.worstRating,
			alternateName: review.label,
			ratingExplanation: review.reason,
		},
	};
}
