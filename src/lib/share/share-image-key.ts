import { createHash } from 'node:crypto';
import type { ShareCard } from './share-cards';

/** Versions of everything that draws a share image besides the card's own text. */
export interface ShareDrawingVersions {
	/** `SHARE_TEMPLATE_VERSION`: the layout, sizes and colours. */
	template: number;
	/** The font package (`@fontsource/inter`) and the weights used. */
	font: string;
	/** How the PNG is stored (palette size and encoder settings). */
	encoding: string;
	/** The renderer packages: satori (layout), resvg (rasterise), sharp (encode, with its libvips). */
	satori: string;
	resvg: string;
	sharp: string;
}

/**
 * The cache key of a page's share image: a SHA-256 of every input that
 * changes its pixels (the card's drawn text and language, and the drawing's
 * versions). Its path and alt text are left out: they are not drawn, so two
 * cards that draw the same image share one file. Same inputs, same key.
 */
export function shareImageKey(card: ShareCard, versions: ShareDrawingVersions): string {
	const drawn = {
		locale: card.locale,
		siteName: card.siteName,
		tagline: card.tagline,
		title: card.title,
		description: card.factCheck ? '' : card.description,
		factCheck: card.factCheck ?? null,
	};
	return createHash('sha256').update(JSON.stringify({ versions, drawn })).digest('hex');
}
