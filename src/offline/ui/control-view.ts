/**
 * `<offline-copy>`: the "save for offline reading" control. The page renders
 * only its first button (shown when scripting is on, so never dead); this
 * element takes over when the interface loads: one row for the page's
 * language and, once that is saved, one for the other language, each saying
 * where its copy stands (size before the download, progress during it, the
 * date after) with the buttons that apply. A polite status line announces
 * what changed in the control the reader used.
 */
import { asLocale, otherLocale, type Locale } from '../../i18n/locales';
import { formatSavedDate, formatSize } from '../format';
import { askToSave, cancel, remove, save, stateOf, subscribe, type LocaleState } from './state';
import { pageLocale, tr } from './strings';

let count = 0;

/** One control; every control on the page shows the same state (`state.ts`). */
export class OfflineCopy extends HTMLElement {
	readonly #id = `offline-copy-${++count}`;
	readonly #status = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
	readonly #rows = document.createElement('div');
	/** The row whose button the reader pressed: it gets the focus and the announcement. */
	#active: Locale | undefined;

	connectedCallback(): void {
		this.#status.setAttribute('role', 'status');
		this.replaceChildren(this.#rows, this.#status);
		subscribe((locale, announce) => this.#update(locale, announce));
		this.#render();
		if (this.dataset['intent'] === 'save') {
			delete this.dataset['intent'];
			this.#act(pageLocale, askToSave);
		}
	}

	/** Runs an action for a language from a button in this control. */
	#act(locale: Locale, action: (locale: Locale) => Promise<void>): void {
		this.#active = locale;
		void action(locale);
	}

	#update(locale: Locale, announce: boolean): void {
		const row = this.#rows.querySelector<HTMLElement>(`[data-locale="${locale}"]`);
		const state = stateOf(locale);
		if (row?.dataset['phase'] === 'saving' && state.phase === 'saving') updateProgress(row, state);
		else this.#render();
		if (announce && this.#active === locale) this.#status.textContent = describe(locale, state);
	}

	#render(): void {
		const shown: Locale[] = [pageLocale];
		const other = otherLocale(pageLocale);
		if (['saved', 'earlier'].includes(stateOf(pageLocale).phase) || stateOf(other).phase !== 'unsaved')
			shown.push(other);
		const focused = this.contains(document.activeElement);
		this.#rows.replaceChildren(...shown.map((locale) => this.#row(locale)));
		const active = this.#active && this.#rows.querySelector<HTMLElement>(`[data-locale="${this.#active}"]`);
		if (focused && active) focusTarget(active)?.focus();
	}

	#row(locale: Locale): HTMLElement {
		const state = stateOf(locale);
		const row = Object.assign(document.createElement('div'), { className: 'offline-copy__row' });
		row.dataset['locale'] = locale;
		row.dataset['phase'] = state.phase;
		const text = Object.assign(document.createElement('p'), {
			id: `${this.#id}-${locale}`,
			tabIndex: -1,
			textContent: describe(locale, state),
		});
		row.append(text);
		if (state.phase === 'saving') {
			const progress = Object.assign(document.createElement('progress'), { max: state.total, value: state.done });
			progress.setAttribute('aria-label', tr('offline.progressLabel'));
			row.append(progress);
		}
		const buttons = actionsFor(locale, state).map(([label, action]) => {
			const button = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
			button.setAttribute('aria-describedby', text.id);
			button.addEventListener('click', () => this.#act(locale, action));
			return button;
		});
		if (buttons.length > 0) {
			const actions = Object.assign(document.createElement('div'), { className: 'offline-copy__actions' });
			actions.append(...buttons);
			row.append(actions);
		}
		text.hidden = !text.textContent;
		return row;
	}
}

/**
 * Where focus goes in the row the reader acted in: the first button when the
 * row asks for a choice ("Download now", "Save"), else what the row now says.
 */
function focusTarget(row: HTMLElement): HTMLElement | null {
	const button = row.querySelector<HTMLElement>('button');
	const text = row.querySelector<HTMLElement>('p:not([hidden])');
	return ['confirm', 'unsaved'].includes(row.dataset['phase'] ?? '') ? button : (text ?? button);
}

/** What a row says about a language's copy. */
function describe(locale: Locale, state: LocaleState): string {
	const language = tr(`offline.language.${locale}`);
	switch (state.phase) {
		case 'unsaved':
			return '';
		case 'removed':
			return tr('offline.removed', { language });
		case 'unsupported':
			return tr('offline.unsupported');
		case 'confirm':
			return tr('offline.confirm', {
				size: formatSize(state.toDownload, pageLocale),
				pages: state.manifest.pages.length,
				language,
			});
		case 'saving':
			return tr('offline.progress', {
				done: formatSize(state.done, pageLocale),
				size: formatSize(state.total, pageLocale),
			});
		case 'saved':
			return `${tr('offline.saved', { language, pages: state.marker.pages.length })} ${tr('offline.savedAt', { date: formatSavedDate(state.marker.savedAt, pageLocale) })}`;
		case 'earlier':
			return `${tr('offline.savedAt', { date: formatSavedDate(state.marker.savedAt, pageLocale) })} ${tr('offline.earlier')}`;
		case 'failed':
			return tr(`offline.failed.${state.failure}`);
	}
}

/** The buttons a row offers in a state: label and action. */
function actionsFor(locale: Locale, state: LocaleState): [string, (locale: Locale) => Promise<void>][] {
	const saveLabel = locale === pageLocale ? tr('offline.save') : tr('offline.saveOther');
	switch (state.phase) {
		case 'unsaved':
		case 'removed':
			return [[saveLabel, askToSave]];
		case 'confirm':
			return [
				[tr('offline.download'), save],
				[tr('offline.cancel'), cancel],
			];
		case 'saved':
			return [[tr('offline.remove'), remove]];
		case 'earlier':
			return [
				[tr('offline.renew'), askToSave],
				[tr('offline.remove'), remove],
			];
		case 'failed':
			return [[tr('offline.retry'), askToSave]];
		case 'saving':
		case 'unsupported':
			return [];
	}
}

/** Moves a row's progress bar and text on, without rebuilding it (the reader may be reading it). */
function updateProgress(row: HTMLElement, state: Extract<LocaleState, { phase: 'saving' }>): void {
	const progress = row.querySelector('progress');
	if (progress) Object.assign(progress, { max: state.total, value: state.done });
	const text = row.querySelector('p');
	if (text) text.textContent = describe(asLocale(row.dataset['locale']), state);
}
