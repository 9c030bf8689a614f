/**
 * The only search code a page runs before the reader opens search, so it
 * stays tiny. `<site-search>` builds and opens the header dialog (button,
 * Ctrl/⌘+K or "/"); the search page's form loads search when the address
 * carries a query or filters, or when the reader focuses its box. Loading
 * means importing the interface script (its URL is in `<site-search data-ui>`),
 * which then defines `<search-ui>`, reads the dialog's text and fetches Pagefind.
 */
let loaded: Promise<unknown> | undefined;
/** Failed loads so far: a retry asks for a fresh URL, as the browser keeps a failed module failed. */
let failures = 0;
/**
 * When the next load may be tried. After a failure, typing waits a growing pause instead of asking on
 * every key (no saved copy and no signal): none after the first failure, then 2, 4, 8… s up to 30 s.
 * Coming back online lifts it.
 */
let nextTry = 0;
addEventListener('online', () => (nextTry = 0));

/**
 * Imports the search interface once; it upgrades every `<search-ui>` on the
 * page. A failed load is forgotten and its error shown in each search's status
 * line, so the reader's next search tries again without a reload.
 */
function loadSearchUi(): Promise<unknown> {
	const src = document.querySelector<HTMLElement>('site-search[data-ui]')?.dataset['ui'];
	loaded ??= (
		src
			? import(/* @vite-ignore */ failures === 0 ? src : `${src}?retry=${failures}`)
			: Promise.reject(new Error('The search interface script is missing.'))
	).catch((error: unknown) => {
		loaded = undefined;
		failures += 1;
		nextTry = Date.now() + (failures > 1 ? Math.min(30_000, 1000 * 2 ** (failures - 1)) : 0);
		for (const root of document.querySelectorAll<HTMLElement>('search-ui')) {
			const status = root.querySelector('[data-search-status]');
			if (status)
				status.textContent =
					root.dataset['error'] ?? (JSON.parse(root.dataset['strings'] ?? '{}') as { error?: string }).error ?? '';
		}
		console.error(error);
	});
	return loaded;
}

// Typing into a search whose interface is not loaded (it failed, or the page's box was filled before focus) loads it.
document.addEventListener('input', (event) => {
	if (
		!customElements.get('search-ui') &&
		event.target instanceof Element &&
		event.target.closest('search-ui') &&
		Date.now() >= nextTry
	)
		void loadSearchUi();
});

/** An element with attributes and children: the dialog is built from these. */
function element(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

class SiteSearch extends HTMLElement {
	#opener: HTMLElement | null = null;
	#dialog: HTMLDialogElement | undefined;

	connectedCallback(): void {
		this.querySelector('[data-search-open]')?.addEventListener('click', () => this.open());
		document.addEventListener('keydown', (event) => {
			const typing =
				event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
			const shortcut = (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
			if (!shortcut || event.altKey) return;
			event.preventDefault();
			this.open();
		});
	}

	/**
	 * The dialog, built on first use from the header form (its action, the box's
	 * label and the button) and this element's data; `<search-ui>` fills in the rest from
	 * `data-src` (title, hint, messages) when the interface loads.
	 */
	#build(): HTMLDialogElement {
		const form = this.querySelector('form');
		const label = form?.querySelector('input')?.getAttribute('aria-label') ?? '';
		const { close = '', dialog: src = '', error = '' } = this.dataset;
		const dialog = element(
			'dialog',
			{ class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' },
			element(
				'div',
				{ class: 'search-dialog__head' },
				element('p', { id: 'search-dialog-title', class: 'search-dialog__title' }, label),
				element('button', { type: 'button', 'data-search-close': '' }, close),
			),
			element(
				'search-ui',
				{ 'data-src': src, 'data-error': error },
				element(
					'form',
					{ role: 'search', action: form?.getAttribute('action') ?? '', method: 'get' },
					element('label', { for: 'search-dialog-q' }, label),
					element(
						'div',
						{ class: 'search-dialog__field' },
						element('input', {
							id: 'search-dialog-q',
							name: 'q',
							type: 'search',
							autocomplete: 'off',
							'aria-describedby': 'search-dialog-hint',
							'data-search-input': '',
						}),
						element('button', { type: 'submit' }, form?.querySelector('button')?.textContent ?? ''),
					),
				),
				element('p', { id: 'search-dialog-hint', class: 'search-hint' }),
				element('p', { class: 'search-status', role: 'status', 'data-search-status': '' }),
				element('ol', { class: 'search-results', 'data-search-results': '' }),
				element('div', { class: 'search-suggest', 'data-search-suggest': '' }),
			),
		) as HTMLDialogElement;
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop lands on the dialog itself: close, as Esc does.
		dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
		dialog.addEventListener('close', () => this.#opener?.focus());
		// Esc in a search box first clears it; in this dialog it always closes, as readers expect.
		dialog.addEventListener('keydown', (event) => event.key === 'Escape' && (event.preventDefault(), dialog.close()));
		this.append(dialog);
		return dialog;
	}

	/** Opens the dialog (built the first time), focuses its input and loads the interface. */
	open(): void {
		const dialog = (this.#dialog ??= this.#build());
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
