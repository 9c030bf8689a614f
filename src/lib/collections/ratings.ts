import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { url } from '../../i18n/urls';
import { routeByKey, type RoutedCollection } from './page-routes';
import { assertNoProblems, sourceProblems, CLAIMS_FILE } from '../claims/claim-rules';
import type { ClaimData, CommitmentData } from '../claims/claim-schemas';
import { ratingAnchor } from '../claims/rating-text';

/** The page pair of the fact checks and of the tracker (file names in `src/content/pages/<lang>/`). */
export const FACT_CHECK_PAGE = 'fact-checks';
const TRACKER_PAGE = 'since-signing';

let checked: Promise<{ claims: ClaimData[]; commitments: CommitmentData[] }> | undefined;

const byNumber = (a: { id: string }, b: { id: string }) =>
	Number(a.id.replace(/\D/g, '')) - Number(b.id.replace(/\D/g, ''));

/**
 * The claims and commitments, in id order, checked once per build against the
 * other collections: every source id in the registry, every full-check page
 * existing. A problem stops the build naming the file, the entry and the field.
 */
export function ratings(): Promise<{ claims: ClaimData[]; commitments: CommitmentData[] }> {
	checked ??= (async () => {
		const claims = (await getCollection('claims')).map((entry) => entry.data).sort(byNumber);
		const commitments = (await getCollection('commitments')).map((entry) => entry.data).sort(byNumber);
		const sources = new Set((await getCollection('sources')).map((entry) => entry.id));
		const problems = sourceProblems(claims, commitments, sources);
		for (const claim of claims) {
			const [collection, key] = claim.checkPage.split('/') as [RoutedCollection, string];
			await routeByKey(collection, key, 'id').catch(() =>
				problems.push(
					`${CLAIMS_FILE}: entry "${claim.id}", field "checkPage": no page "${claim.checkPage}" (expected src/content/${collection}/id/${key}.md or .mdx).`,
				),
			);
		}
		assertNoProblems(problems);
		return { claims, commitments };
	})();
	return checked;
}

/** Site path of a claim's check on the fact-check page, e.g. `/en/fact-checks/#cl1` (without the base). */
export async function claimPath(id: string, locale: Locale): Promise<string> {
	return `${(await routeByKey('pages', FACT_CHECK_PAGE, locale)).path}#${ratingAnchor(id)}`;
}

/** Site path of a commitment on the tracker, e.g. `/en/since-the-signing/#k2`. */
export async function commitmentPath(id: string, locale: Locale): Promise<string> {
	return `${(await routeByKey('pages', TRACKER_PAGE, locale)).path}#${ratingAnchor(id)}`;
}

/** A claim's full-check page as a link with the base path. */
export async function checkPageHref(claim: ClaimData, locale: Locale): Promise<string> {
	const [collection, key] = claim.checkPage.split('/') as [RoutedCollection, string];
	return url((await routeByKey(collection, key, locale)).path);
}
