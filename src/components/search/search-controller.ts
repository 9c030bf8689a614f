/**
 * The search interface behind the header dialog and the search page, loaded
 * only when a reader opens search. It imports Pagefind's JavaScript API from
 * the bundle under the site's base path (one index per page language), runs
 * the query, and renders results with the site's own accessible markup:
 * a live result count, highlighted excerpts, sections per heading, and an
 * empty state that points to the glossary and the other language.
 */
import { pagefindOptions } from '../../lib/search/pagefind-options';
import { excerptSegments, fillTemplate } from '../../lib/search/search-excerpt';

import { filterCounts, withEveryGroup, type FilterCounts, type SearchFilters } from './filter-counts';

export type { SearchFilters } from './filter-counts';

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: PagefindSubResult[];
}

interface PagefindSearch {
	results: { id: string; data: () => Promise<PagefindResultData> }[];
	/** For each group named in the search's filters, how many of its results carry each value. */
	filters: FilterCounts;
}

interface SearchOptions {
	filters?: SearchFilters;
}

/** The part of Pagefind's browser API this interface uses. */
interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	debouncedSearch: (term: string | null, options?: SearchOptions, wait?: number) => Promise<PagefindSearch | null>;
	search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch>;
}

/** UI strings rendered by the server from the dictionaries, placeholders kept. */
interface SearchStrings {
	loading: string;
	count: string;
	countOne: string;
	empty: string;
	emptyGlossary: string;
	emptyOther: string;
	error: string;
}

/** How a search root behaves. */
export interface ControllerOptions {
	/**
	 * How many results to render at once. Each costs a fetch of its excerpt, so
	 * the page shows more only when asked (its `[data-search-more]` button).
	 */
	limit: number;
	/** Current filter selection; none for the dialog. */
	filters?: (() => SearchFilters) | undefined;
	/** Called after each search with the query, to keep `?q=` in step. */
	onSearch?: ((query: string) => void) | undefined;
	/** The filter groups whose option counts the page shows, and where to show them (`null`: no search, no counts). */
	counts?: { groups: readonly string[]; show: (counts: FilterCounts | null) => void } | undefined;
}

let loading: Promise<PagefindApi> | undefined;

/** How many loads of Pagefind failed on this page; each retry asks for a fresh copy of the bundle. */
let failures = 0;

/**
 * Loads Pagefind once per page, from the bundle URL the server rendered (it
 * carries the base path). A load that fails is forgotten, so the reader's
 * next search tries again (a phone that lost signal gets search back without
 * a reload); the retry adds a query to the URL, because the browser keeps a
 * module that failed to load as failed for the page's lifetime.
 */
function loadPagefind(bundle: string): Promise<PagefindApi> {
	loading ??= (async () => {
		const pagefind = (await import(
			/* @vite-ignore */ failures === 0 ? bundle : `${bundle}?retry=${failures}`
		)) as PagefindApi;
		// The build id as `metaCacheTag`: Pagefind then asks for `pagefind-entry.json?ts=<id>`, which the
		// saved offline copy holds, instead of a new timestamp each time, which no cache could answer.
		await pagefind.options({ ...pagefindOptions, metaCacheTag: __SINERGI_BUILD__ });
		await pagefind.init();
		return pagefind;
	})().catch((error: unknown) => {
		loading = undefined;
		failures += 1;
		throw error;
	});
	return loading;
}

/** Runs searches for one search root (an element holding the input, status and result list). */
export class SearchController {
	readonly #root: HTMLElement;
	readonly #options: ControllerOptions;
	readonly #input: HTMLInputElement;
	readonly #status: HTMLElement;
	readonly #results: HTMLOListElement;
	readonly #suggest: HTMLElement;
	readonly #strings: SearchStrings;
	readonly #more: HTMLButtonElement | null;
	/** Results of the current search not rendered yet. */
	#pending: PagefindSearch['results'] = [];
	/** Counts searches, so a slow "more" never appends to a newer search's results. */
	#generation = 0;

	constructor(root: HTMLElement, options: ControllerOptions) {
		this.#root = root;
		this.#options = options;
		this.#input = part(root, '[data-search-input]');
		this.#status = part(root, '[data-search-status]');
		this.#results = part(root, '[data-search-results]');
		this.#suggest = part(root, '[data-search-suggest]');
		this.#strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
		this.#more = root.querySelector<HTMLButtonElement>('[data-search-more]');
		this.#more?.addEventListener('click', () => void this.#showMore());
		this.#input.addEventListener('input', () => void this.search());
		root.addEventListener('keydown', (event) => this.#onKey(event));
	}

	/** Searches for the input's current value and renders the outcome. */
	async search(): Promise<void> {
		const query = this.#input.value.trim();
		const filters = this.#options.filters?.() ?? {};
		const hasFilters = Object.keys(filters).length > 0;
		const generation = ++this.#generation;
		this.#options.onSearch?.(query);
		if (!query && !hasFilters) return this.#clear();
		try {
			if (!loading) this.#status.textContent = this.#strings.loading;
			const pagefind = await loadPagefind(this.#root.dataset['bundle'] ?? '');
			// Only the reader's own selection: asking for every group's counts here would load every filter
			// chunk before the first result. The counts follow once the results are on screen.
			const found = await pagefind.debouncedSearch(query || null, { filters }, 150);
			if (found === null) return; // a newer keystroke superseded this search
			const data = await Promise.all(found.results.slice(0, this.#options.limit).map((result) => result.data()));
			if (generation !== this.#generation) return;
			this.#pending = found.results.slice(this.#options.limit);
			this.#render(query, found.results.length, data);
			if (!this.#options.counts) return;
			const groups = this.#options.counts.groups;
			const search = (term: string | null, others: SearchFilters) => pagefind.search(term, { filters: others });
			const all = await search(query || null, { ...withEveryGroup(filters, groups), ...filters });
			const counts = await filterCounts(search, query || null, filters, groups, all.filters);
			if (generation === this.#generation) this.#options.counts.show(counts);
		} catch (error) {
			this.#status.textContent = this.#strings.error;
			console.error(error);
		}
	}

	/** Appends the next batch of results and moves focus to the first of them, where the reader was heading. */
	async #showMore(): Promise<void> {
		const generation = this.#generation;
		const batch = this.#pending.splice(0, this.#options.limit);
		// One batch at a time: a second click before the first arrives would append out of order.
		if (this.#more) this.#more.disabled = true;
		try {
			const data = await Promise.all(batch.map((result) => result.data()));
			if (generation !== this.#generation) return;
			const added = data.map((result) => renderResult(result));
			this.#results.append(...added);
			this.#updateMore();
			added[0]?.querySelector('a')?.focus();
		} catch (error) {
			this.#status.textContent = this.#strings.error;
			console.error(error);
		} finally {
			if (this.#more) this.#more.disabled = false;
		}
	}

	#updateMore(): void {
		if (this.#more) this.#more.hidden = this.#pending.length === 0;
	}

	#clear(): void {
		this.#options.counts?.show(null);
		this.#pending = [];
		this.#updateMore();
		this.#status.textContent = '';
		this.#results.replaceChildren();
		this.#suggest.replaceChildren();
	}

	#render(query: string, total: number, data: PagefindResultData[]): void {
		const template = total === 1 ? this.#strings.countOne : total === 0 ? this.#strings.empty : this.#strings.count;
		this.#status.textContent = fillTemplate(template, { n: total, q: query });
		this.#results.replaceChildren(...data.map((result) => renderResult(result)));
		this.#updateMore();
		this.#suggest.replaceChildren(...(total === 0 ? this.#suggestions(query) : []));
	}

	/** The empty state: the glossary, and the same query on the other language's site. */
	#suggestions(query: string): HTMLElement[] {
		const { glossary = '', otherSearch = '', otherLang = '' } = this.#root.dataset;
		const list = document.createElement('ul');
		const other = new URL(otherSearch, location.href);
		if (query) other.searchParams.set('q', query);
		list.append(
			item(link(glossary, this.#strings.emptyGlossary)),
			// The link text is in the page language; only hreflang names the other one.
			item(
				Object.assign(link(other.pathname + other.search, fillTemplate(this.#strings.emptyOther, { q: query })), {
					hreflang: otherLang,
				}),
			),
		);
		return [list];
	}

	/** Arrow keys move between the input and the result links; the browser's Tab order stays as it is. */
	#onKey(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const target = event.target as HTMLElement;
		const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
		if (links.length === 0) return;
		const index = target === this.#input ? -1 : links.indexOf(target as HTMLAnchorElement);
		if (target !== this.#input && index === -1) return;
		event.preventDefault();
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0) this.#input.focus();
		else links[Math.min(next, links.length - 1)]?.focus();
	}
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`Search markup is missing ${selector}.`);
	return element;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = href;
	anchor.textContent = text;
	return anchor;
}

function item(...children: Node[]): HTMLLIElement {
	const li = document.createElement('li');
	li.append(...children);
	return li;
}

/** An excerpt as text nodes and `<mark>` elements (never assigned as HTML). */
function excerpt(text: string, className: string): HTMLParagraphElement {
	const paragraph = document.createElement('p');
	paragraph.className = className;
	for (const segment of excerptSegments(text)) {
		if (!segment.marked) paragraph.append(segment.text);
		else paragraph.append(Object.assign(document.createElement('mark'), { textContent: segment.text }));
	}
	return paragraph;
}

/**
 * One result: the page title as a link, then its matching sections (up to
 * three, each a link to its heading with an excerpt); a page matched only
 * outside its sections shows the page excerpt instead.
 */
function renderResult(result: PagefindResultData): HTMLLIElement {
	const li = item(link(result.url, result.meta['title'] ?? result.url));
	li.className = 'search-result';
	const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
	if (sections.length === 0 || !sections.some((sub) => sub.excerpt === result.excerpt))
		li.append(excerpt(result.excerpt, 'search-result__excerpt'));
	if (sections.length > 0) {
		const list = document.createElement('ul');
		list.className = 'search-result__sections';
		list.append(
			...sections.map((sub) => item(link(sub.url, sub.title), excerpt(sub.excerpt, 'search-result__excerpt'))),
		);
		li.append(list);
	}
	return li;
}
