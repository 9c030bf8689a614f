import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, type ShareCard } from '../../lib/share/share-cards';
import { prepareShareImages, shareImageOf } from '../../lib/share/share-image-cache';
import { shareImageParam } from '../../lib/share/share-image-paths';

/**
 * One share image per page, both languages: `/og/kesepakatan.png`, `/og/en/agreement.png`, `/og/index.png`.
 * Astro asks every route for its paths before it renders any page, so the images missing from the cache
 * start drawing here, on every core, while the pages render.
 */
export const getStaticPaths = (async () => {
	const cards = [...(await shareCards()).values()];
	prepareShareImages(cards);
	return cards.map((card) => ({ params: { image: shareImageParam(card.pagePath) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await shareImageOf(props.card)), { headers: { 'Content-Type': 'image/png' } });
