/**
 * The offline interface, loaded only when a reader presses "Save", when a
 * copy is already saved, or on the offline page (see `offline-loader.ts`).
 * It defines `<offline-copy>` (the control) and `<offline-list>` (the list of
 * saved pages), and reads what the device holds.
 */
import { OfflineCopy } from './ui/control-view';
import { OfflineList } from './ui/saved-list';
import { readSaved } from './ui/state';

void readSaved().finally(() => {
	customElements.define('offline-copy', OfflineCopy);
	customElements.define('offline-list', OfflineList);
});
