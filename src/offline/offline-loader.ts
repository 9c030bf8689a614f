/**
 * The only offline code a page runs before the reader uses it, so it stays
 * tiny. After the page has loaded it registers the service worker (which
 * keeps the pages the reader opens, and saves a language when asked). The
 * control's interface loads only when the reader presses "Save", when a copy
 * is already saved (to say so, and offer to remove it), or on the offline page.
 */
import uiScript from './offline-ui.ts?worker&url';
import { basePath } from '../i18n/urls';

let loaded: Promise<unknown> | undefined;
const loadUi = (): Promise<unknown> => (loaded ??= import(/* @vite-ignore */ uiScript));

// Registered once; after that the browser checks for a new worker on each visit by itself.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const base = basePath(import.meta.env.BASE_URL);
	addEventListener(
		'load',
		() =>
			void navigator.serviceWorker
				.getRegistration(base)
				.then((known) => known ?? navigator.serviceWorker.register(`${base}sw.js`))
				.catch(() => undefined),
	);
}

document.addEventListener('click', (event) => {
	const control =
		event.target instanceof Element && event.target.closest('[data-offline-save]')?.closest('offline-copy');
	if (!control) return;
	control.setAttribute('data-intent', 'save');
	void loadUi();
});

if (document.documentElement.hasAttribute('data-offline')) void loadUi();
else void self.caches?.keys().then((names) => names.some((name) => name.startsWith('sinergi-saved-')) && loadUi());
