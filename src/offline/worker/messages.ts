import { isLocale } from '../../i18n/locales';
import type { ToWorker } from '../shared';
import { removeCopy, saveCopy } from './save';

/** Acts on a page's request to save or remove a language's copy; anything else is ignored. */
export function handleMessage(event: ExtendableMessageEvent): void {
	const data = event.data as Partial<ToWorker> | null;
	if (!data || typeof data.locale !== 'string' || !isLocale(data.locale)) return;
	if (data.type === 'save') event.waitUntil(saveCopy(data.locale));
	else if (data.type === 'remove') event.waitUntil(removeCopy(data.locale));
}
