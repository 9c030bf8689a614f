import { fileOfUrlPath, isBuiltHtml, tagsOfBuiltPage, urlPathOfFile, type BuiltTag } from './built-site';
import { filesUnder } from '../files/files-under';
import { basePath } from '../../i18n/urls';

/** Where a build lives and how it is addressed. */
export interface LinkCheckOptions {
	/** The build folder. */
	dir: string;
	/** The base path the site is served under (`/` or `/sub/`). */
	base: string;
	/** The public origin (`SITE_URL`): absolute links to it are internal too (canonical, hreflang). */
	site: string;
}

/** An internal link that leads nowhere. */
interface BrokenLink {
	/** The built page the link is on, e.g. `en/agreement/index.html`. */
	page: string;
	/** The link as written. */
	link: string;
	/** Why it is broken, in words. */
	problem: string;
}

/** A link to another site: listed, never fetched. */
interface ExternalLink {
	page: string;
	link: string;
}

/** The result of checking a build. */
export interface LinkReport {
	broken: BrokenLink[];
	external: ExternalLink[];
	/** How many internal links were followed. */
	checked: number;
}

/** Attributes that hold one URL, per element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	script: ['src'],
	source: ['src'],
	video: ['src', 'poster'],
	audio: ['src'],
	iframe: ['src'],
	form: ['action'],
	object: ['data'],
};

/** Attributes that hold a list of URLs with descriptors. */
const SRCSET_ATTRIBUTES = ['srcset'] as const;

/**
 * Checks every internal `href`, `src`, `srcset` and form `action` of every
 * built page: the target file exists in the build and, for `#fragment`
 * links, the target page has an element with that id. Links to other
 * origins are collected, never fetched.
 */
export function checkLinks(options: LinkCheckOptions): LinkReport {
	const { dir, base } = options;
	const siteOrigin = new URL(options.site).origin;
	// One pass over every page collects both its ids (link targets) and its links.
	const ids = new Map<string, Set<string>>();
	const links = new Map<string, string[]>();
	const files = new Set(filesUnder(dir));
	// Redirect pages too: their link to the new address must resolve.
	for (const page of [...files].filter(isBuiltHtml)) {
		const tags = tagsOfBuiltPage(dir, page);
		ids.set(page, new Set(tags.flatMap(idsOf)));
		links.set(page, tags.flatMap(linksOf));
	}
	const report: LinkReport = { broken: [], external: [], checked: 0 };
	for (const [page, pageLinks] of links) {
		const pageUrl = new URL(urlPathOfFile(page, base), siteOrigin);
		for (const link of pageLinks) {
			let target: URL;
			try {
				target = new URL(link, pageUrl);
			} catch {
				report.broken.push({ page, link, problem: 'is not a valid URL' });
				continue;
			}
			if (target.protocol === 'mailto:' || target.protocol === 'tel:' || target.protocol === 'data:') continue;
			if (target.origin !== siteOrigin) {
				report.external.push({ page, link });
				continue;
			}
			report.checked += 1;
			const problem = problemOf(target, { files, base, page, ids });
			if (problem) report.broken.push({ page, link, problem });
		}
	}
	return report;
}

/** The fragment targets a tag provides: its `id`, and the legacy `name` of an `<a>`. */
function idsOf({ name, attributes }: BuiltTag): string[] {
	return [attributes['id'], name === 'a' ? attributes['name'] : undefined].filter((id): id is string => Boolean(id));
}

function linksOf({ name, attributes }: BuiltTag): string[] {
	const links: string[] = [];
	for (const attributeName of URL_ATTRIBUTES[name] ?? []) {
		const value = attributes[attributeName];
		if (value !== undefined && value.trim() !== '') links.push(value.trim());
	}
	for (const attributeName of SRCSET_ATTRIBUTES) {
		const value = attributes[attributeName];
		if (value)
			links.push(
				...value
					.split(',')
					.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
					.filter(Boolean),
			);
	}
	return links;
}

interface TargetContext {
	files: ReadonlySet<string>;
	base: string;
	page: string;
	/** The fragment targets of every built page. */
	ids: ReadonlyMap<string, ReadonlySet<string>>;
}

function problemOf(target: URL, { files, base, page, ids }: TargetContext): string | undefined {
	const prefix = basePath(base);
	if (!target.pathname.startsWith(prefix)) return `points outside the base path ${prefix}`;
	const file = fileOfUrlPath(files, target.pathname.slice(prefix.length));
	if (!file) return `leads to ${target.pathname}, which is not in the build`;
	const fragment = decodeURIComponent(target.hash.slice(1));
	if (fragment && file.endsWith('.html') && !ids.get(file)?.has(fragment)) {
		return `leads to #${fragment}, but ${file === page ? 'this page' : target.pathname} has no element with that id`;
	}
	return undefined;
}
