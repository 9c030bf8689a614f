import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { ShareCard, ShareFactCheck } from '../content/share-cards';
import { SHARE_IMAGE_SIZE } from './share-image-paths';

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

/** An element as satori reads it: React's shape, without React. */
interface ShareNode {
	type: 'div';
	props: { style: Style; children?: string | ShareNode | ShareNode[] };
}

function div(style: Style, children?: string | ShareNode | ShareNode[]): ShareNode {
	return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/** Inter from npm (the Latin subset: Indonesian and English), regular and bold; satori reads WOFF, not WOFF2. */
function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Inter',
			data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
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

/** The card's layout: a green band, the site's name and tagline, the title, then a fact-check's two sides or the page's description. */
function layout(card: ShareCard): ShareNode {
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

/** Colours of the PNG palette. */
const PALETTE_COLOURS = 24;

/**
 * Draws one page's share image: satori lays the card out as SVG with the text
 * as paths (no system font is read), resvg rasterises it to a 1200×630 PNG and
 * sharp stores it with a small palette. The same card gives the same bytes on every build.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
	const svg = await satori(layout(card), {
		...SHARE_IMAGE_SIZE,
		fonts: await loadFonts(),
		// Satori asks for another font only when a character is not in Inter's Latin subset: stop rather than draw a blank.
		loadAdditionalAsset: async (_language, segment) => {
			throw new Error(
				`Share image of ${card.pagePath}: "${segment}" is not in the font (Inter, Latin subset). Add a subset to loadFonts() in src/lib/share/share-image.ts.`,
			);
		},
	});
	const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
	// A palette of 24 colours looks the same for flat fills and anti-aliased text and is about a third of the size.
	return sharp(png).png({ palette: true, colours: PALETTE_COLOURS, effort: 10, compressionLevel: 9 }).toBuffer();
}
