import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCards, type ShareCard } from '../../lib/content/share-cards';
import { renderShareImage } from '../../lib/share/share-image';
import { shareImageParam } from '../../lib/share/share-image-paths';

/** One share image per page, both languages: `/og/kesepakatan.png`, `/og/en/agreement.png`, `/og/index.png`. */
export const getStaticPaths = (async () =>
	[...(await shareCards()).values()].map((card) => ({
		params: { image: shareImageParam(card.pagePath) },
		props: { card },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
	new Response(new Uint8Array(await renderShareImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
