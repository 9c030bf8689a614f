import { isLocale } from '../../i18n/locales';
import type { ToWorker } from '../shared';
import { removeCopy, renewCopies, saveCopy } from './save';

/**
 * Acts on a page's request to save or remove a language's copy, or to renew
 * copies of earlier builds; anything else is ignored. The message event keeps
 * the worker alive until the work is done.
 */
export function handleMessage(event: ExtendableMessageEvent): void {
	const data = event.data as { type?: unknown; locale?: unknown } | null;
	if (data?.type === 'renew') return event.waitUntil(renewCopies());
	if (typeof data?.locale !== 'string' || !isLocale(data.locale)) return;
	const message = { type: data.type, locale: data.locale } as ToWorker;
	if (message.type === 'save') event.waitUntil(saveCopy(message.locale));
	else if (message.type === 'remove') event.waitUntil(removeCopy(message.locale));
}
