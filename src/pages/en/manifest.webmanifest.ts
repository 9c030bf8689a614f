import type { APIRoute } from 'astro';
import { webManifest } from '../../lib/share/web-manifest';

/** The English web app manifest. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(webManifest('en')), { headers: { 'Content-Type': 'application/manifest+json' } });
