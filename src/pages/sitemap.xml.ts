import type { APIRoute } from 'astro';
import { getRoutes } from '../lib/routes';
import { sitemapXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set "site" for the sitemap.');
	return new Response(sitemapXml(await getRoutes(), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
