import { url } from '../../i18n/urls';
import { pairKeyOf, updatedOf, type SiteRoute } from './site-routes';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A sitemap with hreflang alternates for every page, the parts of the source
 * list included. Written here rather than with @astrojs/sitemap because its
 * i18n option pairs pages by identical paths, and this site's slugs differ per
 * language (`/kesepakatan/` ↔ `/en/agreement/`).
 */
export function sitemapXml(routes: readonly SiteRoute[], site: URL): string {
	const absolute = (path: string) => escapeXml(new URL(url(path), site).href);
	const pairs = Map.groupBy(routes, pairKeyOf);
	const entries = [...routes]
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((route) => {
			const pair = pairs.get(pairKeyOf(route)) ?? [];
			const links = pair.map(
				(other) => `<xhtml:link rel="alternate" hreflang="${other.locale}" href="${absolute(other.path)}"/>`,
			);
			const fallback = pair.find((other) => other.locale === 'id');
			if (fallback) links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${absolute(fallback.path)}"/>`);
			return `<url><loc>${absolute(route.path)}</loc><lastmod>${updatedOf(route).toISOString().slice(0, 10)}</lastmod>${links.join('')}</url>`;
		});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
}
