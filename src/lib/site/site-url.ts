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
