import type { FromWorker } from '../shared';
import { worker } from './scope';

/** Tells every open page of the site (controlled or not yet) what the worker did. */
export async function tellPages(message: FromWorker): Promise<void> {
	for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
		client.postMessage(message);
}
