import type { APIRoute } from 'astro';
import { webManifest } from '../lib/share/web-manifest';

/** The Indonesian web app manifest. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(webManifest('id')), { headers: { 'Content-Type': 'application/manifest+json' } });
