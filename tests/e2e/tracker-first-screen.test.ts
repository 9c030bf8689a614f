import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../helpers/browser-session';
import { assertBuilt } from '../helpers/dist';
import { ratingLabel } from '../../src/i18n/ui/rating-scales';

assertBuilt();

/**
 * "What has happened since the signing?" is answered on the first phone
 * screen: all eight commitments' status labels lie inside 360 × 740 px
 * without scrolling, in both languages; and the six fact-check verdicts do too.
 */
const SCREEN = { width: 360, height: 740 } as const;

let page: Page;
let root = '';
useBrowserSession(
	(session) => {
		page = session.page;
		root = session.server.root;
	},
	{ context: { viewport: SCREEN } },
);

/** The visible status labels of a list: their text and where each ends. */
function labels(selector: string): { text: string; bottom: number; visible: boolean }[] {
	return [...document.querySelectorAll(selector)].map((element) => {
		const box = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return {
			text: (element.textContent ?? '').trim(),
			bottom: box.bottom + window.scrollY,
			visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
		};
	});
}

describe(`the statuses fit a ${SCREEN.width} × ${SCREEN.height} phone's first screen`, () => {
	it.each([
		['sejak-penandatanganan/', 8, ratingLabel('langkah-awal', 'id')],
		['en/since-the-signing/', 8, ratingLabel('langkah-awal', 'en')],
		['cek-fakta/', 6, ratingLabel('sesuai', 'id')],
		['en/fact-checks/', 6, ratingLabel('sesuai', 'en')],
	] as const)('%s', async (path, count, someLabel) => {
		await page.goto(`${root}${path}`);
		const found = await page.evaluate(labels, '.lead-answer .verdict');
		expect(found).toHaveLength(count);
		expect(found.map((label) => label.text)).toContain(someLabel);
		for (const label of found) {
			expect(label.visible, label.text).toBe(true);
			expect(label.bottom, `${path}: "${label.text}" ends at ${Math.round(label.bottom)} px`).toBeLessThanOrEqual(
				SCREEN.height,
			);
		}
	});
});
