import type { ShareCard, ShareFactCheck } from './share-cards';

/**
 * Version of the card's drawing: its layout, sizes and colours below. Raise it
 * whenever this file changes what an image looks like: it is part of every
 * image's cache key (`share-image-key.ts`), so every image is drawn again.
 */
export const SHARE_TEMPLATE_VERSION = 2;

/** The site's light palette (`src/styles/global.css`): few flat colours keep the PNGs small. */
const COLOR = {
	bg: '#ffffff',
	text: '#1b1f1d',
	muted: '#4a5350',
	green: '#1f6b3a',
	greenSurface: '#e6f2ea',
	warningSurface: '#fff4d6',
	warningBorder: '#8a6100',
} as const;

type Style = Record<string, string | number>;

/** An element as satori reads it: React's shape, without React. Plain data, so it can be posted to a worker. */
export interface ShareNode {
	type: 'div';
	props: { style: Style; children?: string | ShareNode | ShareNode[] };
}

function div(style: Style, children?: string | ShareNode | ShareNode[]): ShareNode {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** One side of a fact-check: its label, its words, and under them who said it. */
function factBox(label: string, text: string, surface: string, border: string, note?: string): ShareNode {
	return div(
		{
			display: 'flex',
			flexDirection: 'column',
			flex: 1,
			padding: '20px 24px',
			background: surface,
			borderLeft: `8px solid ${border}`,
		},
		[
			div({ fontSize: 24, fontWeight: 700, color: COLOR.muted }, label),
			div({ fontSize: 30, lineHeight: 1.3, marginTop: 10, lineClamp: 5 }, text),
			...(note ? [div({ fontSize: 22, color: COLOR.muted, marginTop: 12, lineClamp: 2 }, note)] : []),
		],
	);
}

function factCheckRow(factCheck: ShareFactCheck): ShareNode {
	return div({ display: 'flex', gap: 24, marginTop: 32 }, [
		factBox(factCheck.claimLabel, `“${factCheck.claim}”`, COLOR.warningSurface, COLOR.warningBorder, factCheck.speaker),
		factBox(factCheck.findingLabel, factCheck.finding, COLOR.greenSurface, COLOR.green),
	]);
}

/**
 * The card's layout as satori's element tree: a green band, the site's name
 * and tagline, the title, then a fact-check's two sides or the page's description.
 */
export function shareCardTree(card: ShareCard): ShareNode {
	const titleSize = card.factCheck ? 54 : 72;
	return div(
		{ display: 'flex', width: '100%', height: '100%', background: COLOR.bg, color: COLOR.text, fontFamily: 'Inter' },
		[
			div({ width: 24, height: '100%', background: COLOR.green }),
			div({ display: 'flex', flexDirection: 'column', flex: 1, padding: '48px 56px' }, [
				div({ display: 'flex', alignItems: 'baseline', gap: 20 }, [
					div({ fontSize: 34, fontWeight: 700, color: COLOR.green }, card.siteName),
					div({ fontSize: 24, color: COLOR.muted }, card.tagline),
				]),
				div(
					{
						fontSize: titleSize,
						fontWeight: 700,
						lineHeight: 1.15,
						marginTop: card.factCheck ? 28 : 64,
						lineClamp: card.factCheck ? 2 : 3,
					},
					card.title,
				),
				card.factCheck
					? factCheckRow(card.factCheck)
					: div({ fontSize: 32, lineHeight: 1.35, color: COLOR.muted, marginTop: 32, lineClamp: 3 }, card.description),
			]),
		],
	);
}
