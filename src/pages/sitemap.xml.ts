import type { APIRoute } from 'astro';
import { siteRoutes } from '../lib/site/site-routes';
import { sitemapXml } from '../lib/site/sitemap';

export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set "site" for the sitemap.');
	return new Response(sitemapXml(await siteRoutes(), site), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
};
