/**
 * Site settings read once at build time, in one place. Set them in the environment of the build
 * (the deploy workflow sets them from the repository; see the README's deploy section).
 */

/** The settings a build reads from its environment. */
export interface SiteSettings {
	/**
	 * The public address of the site's source repository (`https://github.com/owner/name`), from
	 * `REPO_URL`, or on GitHub Actions from its own `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY`.
	 * Readers report errors through its new-issue form.
	 */
	repoUrl: string | undefined;
}

/** Reads the settings from an environment (the build's by default). */
export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
	const explicit = env['REPO_URL']?.trim();
	if (explicit) return { repoUrl: checkedUrl(explicit, 'REPO_URL') };
	const server = env['GITHUB_SERVER_URL'];
	const repository = env['GITHUB_REPOSITORY'];
	return { repoUrl: server && repository ? `${server.replace(/\/$/, '')}/${repository}` : undefined };
}

function checkedUrl(value: string, name: string): string {
	try {
		const parsed = new URL(value);
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
		return parsed.href.replace(/\/$/, '');
	} catch {
		throw new Error(
			`${name} must be the repository's web address, such as https://github.com/owner/name, not "${value}".`,
		);
	}
}

/** What a report-an-error link needs to know about the page. */
export interface ReportTarget {
	repoUrl: string | undefined;
	/** Where readers are told how to report when no repository is set (the sources page's section). */
	fallbackHref: string;
	/** Issue title, already in the page's language. */
	title: string;
	/** Issue body, already in the page's language, with the page's title and address. */
	body: string;
}

/**
 * The address of "Report an error": the repository's new-issue form with the page's title and
 * address filled in, or, when no repository is configured, the page that says how to report
 * (never a placeholder that leads nowhere).
 */
export function reportErrorHref(target: ReportTarget): string {
	if (!target.repoUrl) return target.fallbackHref;
	// encodeURIComponent, not URLSearchParams: the share script rewrites the address in this form.
	return `${target.repoUrl}/issues/new?title=${encodeURIComponent(target.title)}&body=${encodeURIComponent(target.body)}`;
}
