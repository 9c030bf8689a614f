/**
 * `<search-ui>`: defined only when the reader opens search (see
 * `search-loader.ts`). Each instance wires its input, status and result list
 * to a `SearchController`. With `data-url-sync` (the search page) it also
 * reads `?q=` and filters from the address, searches on submit and on filter
 * changes, and writes the search back into the address so it can be shared.
 * The header dialog's root is built in the browser with only `data-src`: it
 * first fetches its text from there (title, hint, messages, links).
 */
import type { FilterCounts } from './filter-counts';
import type { SearchDialogText } from '../../lib/search/search-dialog-text';
import { SearchController, type SearchFilters } from './search-controller';

class SearchUi extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const input = this.querySelector<HTMLInputElement>('[data-search-input]');
		if (!input || !(await this.#readText())) return;
		const sync = 'urlSync' in this.dataset;
		const boxes = [...this.querySelectorAll<HTMLInputElement>('[data-search-filter]')];
		if (sync) readAddress(input, boxes);
		const controller = new SearchController(this, {
			limit: Number(this.dataset['limit'] ?? 10),
			filters: () => selected(boxes),
			onSearch: sync ? (query) => writeAddress(query, boxes) : undefined,
			counts:
				boxes.length > 0
					? { groups: [...new Set(boxes.map((box) => box.name))], show: (counts) => showCounts(boxes, counts) }
					: undefined,
		});
		const form = this.querySelector('form');
		if (sync && form) {
			form.addEventListener('submit', (event) => {
				event.preventDefault();
				void controller.search();
			});
			form.addEventListener(
				'change',
				(event) =>
					event.target instanceof HTMLInputElement && event.target.type === 'checkbox' && void controller.search(),
			);
		}
		if (input.value || boxes.some((box) => box.checked)) void controller.search();
	}

	/**
	 * Fills a root built without its text (the header dialog) from `data-src`.
	 * A failed fetch shows the error, and the reader's next keystroke tries again.
	 */
	async #readText(): Promise<boolean> {
		const src = this.dataset['src'];
		if (!src || this.dataset['strings']) return true;
		try {
			const response = await fetch(src);
			if (!response.ok) throw new Error(`${src}: ${response.status}`);
			const text = (await response.json()) as SearchDialogText;
			Object.assign(this.dataset, text.ui);
			const title = this.closest('dialog')?.querySelector('#search-dialog-title');
			if (title) title.textContent = text.title;
			const hint = this.querySelector('#search-dialog-hint');
			if (hint) hint.textContent = text.hint;
			this.querySelector('[data-search-results]')?.setAttribute('aria-label', text.results);
			return true;
		} catch (error) {
			const status = this.querySelector('[data-search-status]');
			if (status) status.textContent = this.dataset['error'] ?? '';
			this.addEventListener('input', () => void this.connectedCallback(), { once: true });
			console.error(error);
			return false;
		}
	}
}

/** Fills the search box and filters from `?q=` and the filter parameters. */
function readAddress(input: HTMLInputElement, boxes: HTMLInputElement[]): void {
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? input.value;
	for (const box of boxes) box.checked = params.getAll(box.name).includes(box.value);
}

/** The checked filters, grouped: any value within a group, every group together. */
function selected(boxes: HTMLInputElement[]): SearchFilters {
	const filters: SearchFilters = {};
	for (const box of boxes) if (box.checked) (filters[box.name] ??= { any: [] }).any.push(box.value);
	return filters;
}

/**
 * Shows beside each filter option how many results it gives, and disables the
 * options that give none (unless ticked, so they can be unticked, or focused,
 * so the reader keeps their place). Without counts, every option is enabled.
 */
function showCounts(boxes: HTMLInputElement[], counts: FilterCounts | null): void {
	for (const box of boxes) {
		const count = counts?.[box.name]?.[box.value] ?? (counts ? 0 : null);
		const label = box.closest('label')?.querySelector('[data-filter-count]');
		if (label) label.textContent = count === null ? '' : ` (${count})`;
		box.disabled = count === 0 && !box.checked && document.activeElement !== box;
	}
}

/** Writes the query and filters into the address without adding history entries. */
function writeAddress(query: string, boxes: HTMLInputElement[]): void {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const box of boxes) if (box.checked) params.append(box.name, box.value);
	const search = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

customElements.define('search-ui', SearchUi);
