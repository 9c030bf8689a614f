import type { APIRoute } from 'astro';
import { appIcons, renderIcon } from '../lib/share/app-icons';

/** The icon iOS puts on the home screen, rendered from the favicon. */
export const GET: APIRoute = () =>
	new Response(new Uint8Array(renderIcon(appIcons['apple-touch-icon.png'])), {
		headers: { 'Content-Type': 'image/png' },
	});
