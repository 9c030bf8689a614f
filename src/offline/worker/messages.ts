import { isLocale } from '../../i18n/locales';
import type { ToWorker } from '../shared';
import { removeCopy, renewCopies, saveCopy } from './save';
import { worker } from './scope';

/**
 * Acts on a page's request to save or remove a language's copy, to renew
 * copies of earlier builds, or (to a new worker waiting) to take over now;
 * anything else is ignored. Taking over is asked only when the reader presses
 * a button: replaced while it answered a navigation, the old worker left that
 * navigation hanging in Chromium (the offline browser test caught it). The
 * message event keeps the worker alive until the work is done.
 */
export function handleMessage(event: ExtendableMessageEvent): void {
	const data = event.data as { type?: unknown; locale?: unknown } | null;
	if (data?.type === 'activate') return event.waitUntil(worker.skipWaiting());
	if (data?.type === 'renew') return event.waitUntil(renewCopies());
	if (typeof data?.locale !== 'string' || !isLocale(data.locale)) return;
	const message = { type: data.type, locale: data.locale } as ToWorker;
	if (message.type === 'save') event.waitUntil(saveCopy(message.locale));
	else if (message.type === 'remove') event.waitUntil(removeCopy(message.locale));
}
