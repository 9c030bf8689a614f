/**
 * The site's security policy, in one place: the Content Security Policy in
 * every page's `<meta>` (`src/components/HeadMeta.astro`) and the HTTP headers
 * written to `_headers` and the nginx and Apache snippets after the build
 * (`src/lib/build-checks/host-snippets.ts`) all come from the constants here, so they cannot drift apart.
 */

/** CSP directives beyond `script-src` and `style-src`. Everything is served from this origin; nothing else is allowed. */
const cspDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"object-src 'none'",
	"form-action 'self'",
	"img-src 'self'",
	"font-src 'self'",
	// Pagefind fetches its index and fragments from this origin.
	"connect-src 'self'",
	// Only the site's own service worker (offline reading); search starts no worker (noWorker in src/lib/search/pagefind-options.ts).
	"worker-src 'self'",
] as const;

/** Sources for `script-src`: this origin, and WebAssembly compilation for Pagefind (not `eval`). */
const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for `style-src`: this origin. */
const styleResources = ["'self'"] as const;

/**
 * The policy in every page's `<meta>`. It lists no hashes because the site has
 * no inline script or style: scripts and the stylesheet are files from this
 * origin, allowed by 'self' (`tests/build/security.test.ts` fails on inline
 * code, which this policy blocks). Astro's own `security.csp` was dropped for
 * this: it lists the hash of every bundled script on every page, about 0.4 KB
 * gzip per page that no browser needs.
 */
export const pagePolicy: string = [
	...cspDirectives,
	`script-src ${scriptResources.join(' ')}`,
	`style-src ${styleResources.join(' ')}`,
].join('; ');

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there), so
 * they exist only in the HTTP header: the site may not be framed by others.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** Headers sent with every response, beside the Content Security Policy. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
};

/** Cache lifetime of fingerprinted build assets (`_astro/`): their names change when their content does. */
export const immutableCache = 'public, max-age=31536000, immutable';

/** A parsed policy: directive name → its sources, in order. */
export type CspPolicy = Map<string, string[]>;

/** Parses a CSP string (`a 'self'; b x y`) into directives and sources. */
export function parseCsp(policy: string): CspPolicy {
	const parsed: CspPolicy = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name) parsed.set(name.toLowerCase(), sources);
	}
	return parsed;
}

/** The Content Security Policy header: the page policy plus what only a header can carry. */
export const headerPolicy: string = [pagePolicy, ...headerOnlyDirectives].join('; ');
