/**
 * What the offline control knows about each language's copy, shared by every
 * control on the page (the footer's and the home page's), and the actions
 * that change it. The service worker does the saving and reports back; this
 * module turns its messages into states and tells the views.
 */
import { locales, type Locale } from '../../i18n/locales';
import { savedCopies } from '../saved-copies';
import {
	bytesToDownload,
	manifestPath,
	type FromWorker,
	type OfflineManifest,
	type SaveFailure,
	type SavedMarker,
	type ToWorker,
} from '../shared';
import { basePath } from '../../i18n/urls';

/** Where a language's copy stands. */
export type LocaleState =
	| { phase: 'unsaved' | 'removed' | 'unsupported' }
	| { phase: 'confirm'; manifest: OfflineManifest; toDownload: number }
	| { phase: 'saving'; done: number; total: number }
	| { phase: 'saved' | 'earlier'; marker: SavedMarker }
	| { phase: 'failed'; failure: SaveFailure };

/** Called with the language whose state changed, and whether the change should be announced. */
type Listener = (locale: Locale, announce: boolean) => void;

/** The site's base URL, absolute, ending in `/`. */
export const baseUrl = new URL(basePath(import.meta.env.BASE_URL), location.href).href;

const states: Record<Locale, LocaleState> = { id: { phase: 'unsaved' }, en: { phase: 'unsaved' } };
const listeners = new Set<Listener>();
const supported = 'serviceWorker' in navigator && 'caches' in self;

/** The current state of a language's copy. */
export function stateOf(locale: Locale): LocaleState {
	return states[locale];
}

/** Calls `listener` on every change. */
export function subscribe(listener: Listener): void {
	listeners.add(listener);
}

function set(locale: Locale, state: LocaleState, announce = false): void {
	states[locale] = state;
	for (const listener of listeners) listener(locale, announce);
}

/** Reads which languages are saved on this device, and from which build. */
export async function readSaved(): Promise<void> {
	if (!supported) return;
	const copies = await savedCopies(baseUrl);
	for (const locale of locales) {
		const finished = copies.filter((copy) => copy.locale === locale && copy.marker);
		const current = finished.find((copy) => copy.build === __SINERGI_BUILD__)?.marker;
		const earlier = finished.find((copy) => copy.build !== __SINERGI_BUILD__)?.marker;
		if (current) set(locale, { phase: 'saved', marker: current });
		else if (earlier) set(locale, { phase: 'earlier', marker: earlier });
	}
	// A copy of an earlier build: ask the worker, once per page, to replace it now, while there is a signal.
	if (!renewAsked && navigator.onLine && copies.some((copy) => copy.marker && copy.build !== __SINERGI_BUILD__)) {
		renewAsked = true;
		void tellWorker({ type: 'renew' });
	}
}

let renewAsked = false;

/** How long the size of a copy may take to arrive before the control says the signal failed. */
const MANIFEST_LIMIT_MS = 20_000;

/** Fetches a language's manifest and asks the reader to confirm the download, with its size. */
export async function askToSave(locale: Locale): Promise<void> {
	if (!supported) return set(locale, { phase: 'unsupported' }, true);
	// A connection that never answers must not leave the button waiting forever: it says the signal failed.
	const response = await fetch(new URL(manifestPath(locale), baseUrl), {
		cache: 'no-store',
		signal: AbortSignal.timeout(MANIFEST_LIMIT_MS),
	}).catch(() => undefined);
	if (!response?.ok) return set(locale, { phase: 'failed', failure: 'network' }, true);
	const manifest = (await response.json()) as OfflineManifest;
	const held = (await savedCopies(baseUrl)).flatMap((copy) => (copy.marker ? [copy.marker] : []));
	set(locale, { phase: 'confirm', manifest, toDownload: bytesToDownload(manifest, held) });
}

/** Starts the download the reader confirmed, when the device has room for it. */
export async function save(locale: Locale): Promise<void> {
	const state = states[locale];
	if (state.phase !== 'confirm') return;
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	if (
		estimate?.quota !== undefined &&
		estimate.usage !== undefined &&
		estimate.quota - estimate.usage < state.manifest.stored
	) {
		return set(locale, { phase: 'failed', failure: 'storage' }, true);
	}
	// Ask the browser to keep the copy under storage pressure (granted silently, or asked once).
	void navigator.storage?.persist?.().catch(() => false);
	set(locale, { phase: 'saving', done: 0, total: state.manifest.bytes }, true);
	await tellWorker({ type: 'save', locale });
}

/** Removes a language's copy from the device. */
export async function remove(locale: Locale): Promise<void> {
	await tellWorker({ type: 'remove', locale });
}

/** Goes back from the confirmation without downloading. */
export async function cancel(locale: Locale): Promise<void> {
	set(locale, { phase: 'unsaved' });
	await readSaved();
}

async function tellWorker(message: ToWorker): Promise<void> {
	try {
		// Register only when the page has none yet (the reader pressed Save before the page finished loading).
		const registration =
			(await navigator.serviceWorker.getRegistration(baseUrl)) ??
			(await navigator.serviceWorker.register(`${baseUrl}sw.js`));
		// Only a reader's press lets a waiting worker take over; a renewal asked on page load goes to the active one.
		if (message.type !== 'renew') await takeOver(registration);
		(await navigator.serviceWorker.ready).active?.postMessage(message);
	} catch {
		if ('locale' in message) set(message.locale, { phase: 'unsupported' }, true);
	}
}

/**
 * Lets a new build's worker, waiting, take over before it is asked to act:
 * only it can save the current build. This happens while the reader presses
 * a button, never during a navigation (see the worker's `messages.ts`).
 */
async function takeOver(registration: ServiceWorkerRegistration): Promise<void> {
	const waiting = registration.waiting;
	if (!waiting) return;
	const activated = new Promise<void>((resolve) => {
		const settled = (): void =>
			waiting.state === 'activated' || waiting.state === 'redundant' ? resolve() : undefined;
		waiting.addEventListener('statechange', settled);
		setTimeout(resolve, 5000);
	});
	waiting.postMessage({ type: 'activate' } satisfies ToWorker);
	await activated;
}

if (supported) {
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
		const message = event.data;
		if (message.type === 'progress') set(message.locale, { phase: 'saving', done: message.done, total: message.total });
		else if (message.type === 'saved') set(message.locale, { phase: 'saved', marker: message.marker }, true);
		else if (message.type === 'removed') set(message.locale, { phase: 'removed' }, true);
		else if (message.quiet) void readSaved();
		else set(message.locale, { phase: 'failed', failure: message.reason }, true);
	});
	// A new worker took over: a copy of an earlier build is its to renew, so ask again.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		renewAsked = false;
		void readSaved();
	});
	navigator.serviceWorker.startMessages();
}
