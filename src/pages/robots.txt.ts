import type { APIRoute } from 'astro';
import { url } from '../i18n/urls';

export const GET: APIRoute = ({ site }) => {
	const sitemap = site ? new URL(url('/sitemap.xml'), site).href : url('/sitemap.xml');
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
