import { z } from 'astro/zod';
import { partialDate } from '../schemas/field-schemas';
import { locales } from '../../i18n/locales';
import { claimRatings, commitmentRatings } from '../../i18n/ui/rating-scales';

/**
 * The schemas of `src/content/claims.yaml` and `src/content/commitments.yaml`.
 * They need nothing from Astro's runtime, so unit tests and the Markdown
 * plugin that renders `[claim:CL1]` check the files with the very same rules.
 * What needs the other collections (registry ids, the page of the full check)
 * is checked in `claim-rules.ts`.
 */

/** A registry id (checked against `sources.yaml` by `ratingProblems`). */
const sourceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Write a source id from src/content/sources.yaml.');

/** A day, written YYYY-MM-DD. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, e.g. "2026-03-31".');

/** Text in both languages; a missing language names itself. */
const both = (what: string) =>
	z.object(
		{
			id: z.string({ error: `Write the ${what} in Indonesian ("id:").` }).min(1, `The Indonesian ${what} is empty.`),
			en: z.string({ error: `Write the ${what} in English ("en:").` }).min(1, `The English ${what} is empty.`),
		},
		{ error: `Write the ${what} in both languages: "id:" and "en:".` },
	);

/** One earlier or current rating, with the day it was made. */
const historyEntry = <T extends readonly [string, ...string[]]>(ratings: T) =>
	z.object({ date: isoDay, rating: z.enum(ratings) }).strict();

/** Every rating, oldest first, ending with the current one on the rated-as-of day. */
function checkHistory(
	value: { rating: string; ratedAsOf: string; history: { date: string; rating: string }[] },
	context: z.RefinementCtx,
): void {
	value.history.forEach((entry, index) => {
		const before = value.history[index - 1];
		if (before && before.date >= entry.date)
			context.addIssue({
				code: 'custom',
				path: ['history', index, 'date'],
				message: `The rating history must run oldest first: ${entry.date} comes after ${before.date}. Put the entries in date order.`,
			});
	});
	const last = value.history.at(-1);
	if (last && (last.rating !== value.rating || last.date !== value.ratedAsOf))
		context.addIssue({
			code: 'custom',
			path: ['history', value.history.length - 1],
			message: `The last history entry must be the current rating ("${value.rating}", ${value.ratedAsOf}); add it when you change "rating" or "ratedAsOf".`,
		});
}

const unknownRating = (list: readonly string[]) => ({
	error: (issue: { input?: unknown }) =>
		`Unknown rating "${String(issue.input)}": use one of ${list.join(', ')} (defined in src/i18n/ui/rating-scales.ts).`,
});

/** One claim made at the signing, its rating and the evidence behind it. */
export const claimSchema = z
	.object({
		id: z.string().regex(/^CL\d+$/, 'A claim id is "CL" and a number, e.g. "CL1".'),
		/** The claim in a few words, for lists, share texts and search. */
		headline: both('headline'),
		speaker: both('speaker and role'),
		date: partialDate,
		place: both('place where it was said'),
		/** `direct`: quoted as the speaker's words; `indirect`: a report's paraphrase; `article`: the report's own sentence. */
		form: z.enum(['direct', 'indirect', 'article']),
		/** The words as reported, in the report's language, with a translation. */
		words: z
			.object({
				original: z.string().min(1),
				language: z.enum(locales),
				/** The words in the other language. */
				translation: z.string().min(1, 'Translate the words into the other language.'),
			})
			.strict(),
		/** The report of the words. */
		wordsSource: sourceId,
		rating: z.enum(claimRatings, unknownRating(claimRatings)),
		reason: both('one-line reason'),
		evidence: z.array(sourceId).min(1, 'List the registry ids of the evidence behind the rating.'),
		ratedAsOf: isoDay,
		/** The page with the longer discussion, as `collection/key`, e.g. `commodities/kratom`. */
		checkPage: z
			.string()
			.regex(/^(pages|commodities)\/[a-z0-9-]+$/, 'Write the page as "pages/<file>" or "commodities/<file>".'),
		/** Words that, when a page writes them, mean it quotes this claim: it must then show `[claim:ID]`. */
		phrases: z.array(z.string().min(3)).default([]),
		history: z.array(historyEntry(claimRatings)).min(1, 'Give at least the current rating in "history".'),
	})
	.strict()
	.superRefine(checkHistory);

/** One dated event with its sources. */
const event = z
	.object({
		date: partialDate,
		text: both('event text'),
		sources: z.array(sourceId).min(1, 'Name a source for the event.'),
	})
	.strict();

/** One thing said at the signing that a report could show carried out, its status and the evidence. */
export const commitmentSchema = z
	.object({
		id: z.string().regex(/^K\d+$/, 'A commitment id is "K" and a number, e.g. "K1".'),
		/** The area it belongs to, in a few words (search finds it by these). */
		area: both('area'),
		said: both('words of the commitment'),
		speaker: both('speaker'),
		saidSource: sourceId,
		rating: z.enum(commitmentRatings, unknownRating(commitmentRatings)),
		reason: both('one-line reason'),
		ratedAsOf: isoDay,
		/** Reports that carry out what was said (or the lack of them). */
		evidence: z.array(event).default([]),
		/** Reports of things nearby that no report ties to the agreement: shown apart, never as progress. */
		context: z.array(event).default([]),
		history: z.array(historyEntry(commitmentRatings)).min(1, 'Give at least the current rating in "history".'),
	})
	.strict()
	.superRefine(checkHistory);

export type ClaimData = z.output<typeof claimSchema>;
export type CommitmentData = z.output<typeof commitmentSchema>;
