/**
 * The only search code a page runs before the reader opens search, so it
 * stays tiny. `<site-search>` opens the header dialog (button, Ctrl/⌘+K or
 * "/"); the search page's form loads search when the address carries a query
 * or filters, or when the reader focuses its box. Loading means importing the
 * interface script (its URL is in `<site-search data-ui>`), which then
 * defines `<search-ui>` and fetches Pagefind.
 */
let loaded: Promise<unknown> | undefined;
/** Failed loads so far: a retry asks for a fresh URL, as the browser keeps a failed module failed. */
let failures = 0;

/**
 * Imports the search interface once; it upgrades every `<search-ui>` on the
 * page. A failed load is forgotten and its error shown in each search's status
 * line, so the reader's next search tries again without a reload.
 */
function loadSearchUi(): Promise<unknown> {
	const src = document.querySelector<HTMLElement>('site-search[data-ui]')?.dataset['ui'];
	loaded ??= (src ? import(/* @vite-ignore */ failures === 0 ? src : `${src}?retry=${failures}`) : Promise.reject(new Error('The search interface script is missing.'))).catch(
		(error: unknown) => {
			loaded = undefined;
			failures += 1;
			for (const root of document.querySelectorAll<HTMLElement>('search-ui')) {
				const status = root.querySelector('[data-search-status]');
				if (status) status.textContent = (JSON.parse(root.dataset['strings'] ?? '{}') as { error?: string }).error ?? '';
			}
			console.error(error);
		},
	);
	return loaded;
}

// Typing into a search whose interface is not loaded (it failed, or the page's box was filled before focus) loads it.
document.addEventListener('input', (event) => {
	if (!customElements.get('search-ui') && event.target instanceof Element && event.target.closest('search-ui')) void loadSearchUi();
});

class SiteSearch extends HTMLElement {
	#opener: HTMLElement | null = null;

	connectedCallback(): void {
		const dialog = this.querySelector('dialog');
		if (!dialog) return;
		this.querySelector('[data-search-open]')?.addEventListener('click', () => this.open(dialog));
		this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop lands on the dialog itself: close, as Esc does.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		dialog.addEventListener('close', () => this.#opener?.focus());
		// Esc in a search box first clears it; in this dialog it always closes, as readers expect.
		dialog.addEventListener('keydown', (event) => event.key === 'Escape' && (event.preventDefault(), dialog.close()));
		document.addEventListener('keydown', (event) => {
			const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
			const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
			if (!shortcut || event.altKey) return;
			event.preventDefault();
			this.open(dialog);
		});
	}

	/** Opens the dialog, focuses its input and loads the interface. */
	open(dialog: HTMLDialogElement): void {
		if (!dialog.open) {
			this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			dialog.showModal();
		}
		dialog.querySelector('input')?.focus();
		void loadSearchUi();
	}
}

customElements.define('site-search', SiteSearch);

// The search page: load at once for a linked search, otherwise on first focus.
for (const page of document.querySelectorAll<HTMLElement>('search-ui[data-url-sync]')) {
	page.dataset['scripted'] = '';
	if (location.search) void loadSearchUi();
	else page.querySelector('input')?.addEventListener('focus', () => void loadSearchUi(), { once: true });
}
