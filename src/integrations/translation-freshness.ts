import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { judgePair } from '../lib/translations/translation-freshness';
import { readPagePairs } from '../lib/translations/translation-pairs';

/**
 * Checks translation freshness at the start of every build: a warning names
 * each stale translation and lists the pairs never reviewed; a pair where
 * both sides claim to be the translation stops the build. Missing
 * translations are reported by the routes with the file to create.
 */
export function translationFreshness(): AstroIntegration {
	return {
		name: 'sinergi:translation-freshness',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const reports = readPagePairs(fileURLToPath(new URL('../content/', import.meta.url))).map(judgePair);
				const conflicts = reports.filter((report) => report.status === 'conflict');
				if (conflicts.length > 0) throw new Error(conflicts.map((report) => report.advice).join('\n'));
				for (const report of reports.filter((item) => item.status === 'stale'))
					logger.warn(`Stale translation: ${report.advice}`);
				const unreviewed = reports.filter((report) => report.status === 'unreviewed');
				if (unreviewed.length > 0) {
					logger.warn(
						`${unreviewed.length} page pair(s) have no translation review recorded (${unreviewed.map((report) => `${report.collection}/${report.key}`).join(', ')}). After checking them, run "npm run translations -- --mark <page>" or "npm run translations -- --mark --all".`,
					);
				}
			},
		},
	};
}
