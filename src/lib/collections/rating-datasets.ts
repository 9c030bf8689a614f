import { locales, type Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import {
	claimRatings,
	commitmentRatings,
	ratingDefinition,
	ratingLabel,
	type Rating,
} from '../../i18n/ui/rating-scales';
import { datasetWords } from '../../i18n/ui/datasets';
import { documentedFields, type Dataset, type FieldSpec } from '../open-data/open-data';
import { claimPath, commitmentPath, ratings } from './ratings';

/** The scale spelled out in the rating field's description: every value with its label and definition. */
function scaleText(list: readonly Rating[], locale: Locale): string {
	return list
		.map((rating) => `${rating} = ${ratingLabel(rating, locale)}: ${ratingDefinition(rating, locale)}`)
		.join(' ');
}

function ratingFields(list: readonly Rating[]): FieldSpec[] {
	const fields = documentedFields(datasetWords.ratings.fields, {
		rating: { type: 'enum', values: list },
		rating_label_id: 'string',
		rating_label_en: 'string',
		reason_id: 'string',
		reason_en: 'string',
		rated_as_of: 'date',
		history: 'list',
	});
	// The rating's meaning goes on with the scale, every value spelled out.
	return fields.map((field) =>
		field.name === 'rating'
			? {
					...field,
					description: {
						id: `${field.description.id} ${scaleText(list, 'id')}`,
						en: `${field.description.en} ${scaleText(list, 'en')}`,
					},
				}
			: field,
	);
}

/** `fields` with the rating columns after the column `after`. */
function withRatingFields(fields: FieldSpec[], after: string, list: readonly Rating[]): FieldSpec[] {
	const at = fields.findIndex((field) => field.name === after) + 1;
	if (at === 0) throw new Error(`No column "${after}" to put the rating columns after.`);
	return [...fields.slice(0, at), ...ratingFields(list), ...fields.slice(at)];
}

const absolute = (path: string, site: URL) => new URL(url(path), site).href;

/** The claims made at the signing with their verdicts, both languages in each record. */
export async function claimsDataset(site: URL): Promise<Dataset> {
	const { claims } = await ratings();
	return {
		name: 'claims',
		title: datasetWords.claims.title,
		description: datasetWords.claims.description,
		fields: withRatingFields(
			documentedFields(datasetWords.claims.fields, {
				id: 'string',
				headline_id: 'string',
				headline_en: 'string',
				speaker_id: 'string',
				speaker_en: 'string',
				date: 'date',
				form: { type: 'enum', values: ['direct', 'indirect', 'article'] },
				words: 'string',
				words_language: { type: 'enum', values: locales },
				words_translation: 'string',
				words_source: 'string',
				evidence: 'list',
				url_id: 'url',
				url_en: 'url',
			}),
			'words_source',
			claimRatings,
		),
		records: await Promise.all(
			claims.map(async (claim) => ({
				id: claim.id,
				headline_id: claim.headline.id,
				headline_en: claim.headline.en,
				speaker_id: claim.speaker.id,
				speaker_en: claim.speaker.en,
				date: claim.date,
				form: claim.form,
				words: claim.words.original,
				words_language: claim.words.language,
				words_translation: claim.words.translation,
				words_source: claim.wordsSource,
				rating: claim.rating,
				rating_label_id: ratingLabel(claim.rating, 'id'),
				rating_label_en: ratingLabel(claim.rating, 'en'),
				reason_id: claim.reason.id,
				reason_en: claim.reason.en,
				rated_as_of: claim.ratedAsOf,
				history: claim.history.map((entry) => `${entry.date} ${entry.rating}`),
				evidence: claim.evidence,
				url_id: absolute(await claimPath(claim.id, 'id'), site),
				url_en: absolute(await claimPath(claim.id, 'en'), site),
			})),
		),
	};
}

/** The commitments with their status, evidence and context, both languages in each record. */
export async function commitmentsDataset(site: URL): Promise<Dataset> {
	const { commitments } = await ratings();
	const events = (list: { date: string; text: { id: string; en: string } }[], locale: Locale) =>
		list.map((event) => `${event.date}: ${event.text[locale]}`);
	return {
		name: 'commitments',
		title: datasetWords.commitments.title,
		description: datasetWords.commitments.description,
		fields: withRatingFields(
			documentedFields(datasetWords.commitments.fields, {
				id: 'string',
				area_id: 'string',
				area_en: 'string',
				said_id: 'string',
				said_en: 'string',
				said_source: 'string',
				evidence_id: 'list',
				evidence_en: 'list',
				context_id: 'list',
				context_en: 'list',
				sources: 'list',
				url_id: 'url',
				url_en: 'url',
			}),
			'said_source',
			commitmentRatings,
		),
		records: await Promise.all(
			commitments.map(async (item) => ({
				id: item.id,
				area_id: item.area.id,
				area_en: item.area.en,
				said_id: item.said.id,
				said_en: item.said.en,
				said_source: item.saidSource,
				rating: item.rating,
				rating_label_id: ratingLabel(item.rating, 'id'),
				rating_label_en: ratingLabel(item.rating, 'en'),
				reason_id: item.reason.id,
				reason_en: item.reason.en,
				rated_as_of: item.ratedAsOf,
				history: item.history.map((entry) => `${entry.date} ${entry.rating}`),
				evidence_id: events(item.evidence, 'id'),
				evidence_en: events(item.evidence, 'en'),
				context_id: events(item.context, 'id'),
				context_en: events(item.context, 'en'),
				sources: [...new Set([...item.evidence, ...item.context].flatMap((event) => event.sources))],
				url_id: absolute(await commitmentPath(item.id, 'id'), site),
				url_en: absolute(await commitmentPath(item.id, 'en'), site),
			})),
		),
	};
}
