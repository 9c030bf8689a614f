/** The origin used for canonical URLs when `SITE_URL` is not set. */
export const FALLBACK_SITE_URL = 'https://sinergi-kalimantan.example/';

/**
 * The public origin of the site from `SITE_URL`, checked so that a typo fails
 * the build instead of producing broken canonical links.
 */
export function siteUrl(value: string | undefined): string {
	if (!value) return FALLBACK_SITE_URL;
	try {
		return new URL(value).toString();
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.org/, not "${value}".`);
	}
}

/**
 * The warning a build without `SITE_URL` prints: which addresses will point at the placeholder
 * origin, so a build meant for readers is not published with dead share links.
 */
export function placeholderWarning(): string {
	return [
		`SITE_URL is not set: this build uses the placeholder ${FALLBACK_SITE_URL}`,
		'These will point at it: canonical and hreflang links, og:image and share-image URLs, the sitemap,',
		'robots.txt, the Atom feeds, structured data, the open-data catalogue, "Cite this page" and the',
		'built WhatsApp, e-mail and report links (the page script corrects share links to the address a',
		'reader is on, but links read without script, by crawlers or in previews stay dead).',
		'Set SITE_URL=https://your.host/ (and BASE_PATH for a sub-path) before building a site for readers.',
	].join('\n');
}
