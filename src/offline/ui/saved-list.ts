/**
 * `<offline-list>` on the not-found page served as the offline page: lists
 * every page this device can open without a signal, per language (the
 * reader's first), from the saved copies and the pages the reader opened.
 * Until it knows of one it keeps the page's own text, which says none is saved.
 */
import { compareText } from '../../i18n/formats';
import { localeInfo, locales, type Locale } from '../../i18n/locales';
import { savedCopies } from '../saved-copies';
import { localeOfPath, OFFLINE_ATTRIBUTE, VISITED_PAGES, type OfflinePage } from '../shared';
import { baseUrl } from './state';
import { pageLocale, tr } from './strings';

/** Fills itself with the saved pages when the page is served as the offline page. */
export class OfflineList extends HTMLElement {
	connectedCallback(): void {
		if (document.documentElement.hasAttribute(OFFLINE_ATTRIBUTE)) void this.#fill();
	}

	async #fill(): Promise<void> {
		const pages = await pagesOnDevice();
		const order = [pageLocale, ...locales.filter((locale) => locale !== pageLocale)];
		const groups = order
			.map(
				(locale) => [locale, pages.filter((page) => localeOfPath(page.url.slice(baseUrl.length)) === locale)] as const,
			)
			.filter(([, list]) => list.length > 0);
		if (groups.length === 0) return;
		const heading = Object.assign(document.createElement('h2'), { textContent: tr('offline.page.heading') });
		this.replaceChildren(heading, ...groups.flatMap(([locale, list]) => group(locale, list)));
	}
}

/** A language's heading (in that language) and its pages by title. */
function group(locale: Locale, pages: readonly OfflinePage[]): HTMLElement[] {
	const heading = Object.assign(document.createElement('h3'), { lang: locale, textContent: localeInfo[locale].name });
	const list = Object.assign(document.createElement('ul'), { className: 'link-list', lang: locale });
	const compare = compareText(locale);
	for (const page of [...pages].sort((a, b) => compare(a.title, b.title))) {
		const item = document.createElement('li');
		item.append(Object.assign(document.createElement('a'), { href: page.url, textContent: page.title }));
		list.append(item);
	}
	return [heading, list];
}

/** Saved pages (from the copies' manifests) and opened pages (titles read from their cached HTML), each once. */
async function pagesOnDevice(): Promise<OfflinePage[]> {
	const found = new Map<string, OfflinePage>();
	for (const copy of await savedCopies(baseUrl))
		for (const page of copy.marker?.pages ?? []) found.set(new URL(page.url, baseUrl).href, page);
	if (await caches.has(VISITED_PAGES)) {
		const cache = await caches.open(VISITED_PAGES);
		for (const request of await cache.keys()) {
			if (found.has(request.url) || !request.url.startsWith(baseUrl)) continue;
			const html = await (await cache.match(request))?.text();
			const title =
				html &&
				new DOMParser()
					.parseFromString(html, 'text/html')
					.querySelector('h1')
					?.textContent?.replace(/\s+/g, ' ')
					.trim();
			if (title) found.set(request.url, { url: new URL(request.url).pathname, title });
		}
	}
	return [...found.values()].map((page) => ({ ...page, url: new URL(page.url, baseUrl).href }));
}
