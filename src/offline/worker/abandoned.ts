/**
 * Requests the worker stopped waiting for: a copy answered the page, and the
 * network's late answer is still taken (it renews the opened copy) until it
 * comes, the request's own limit ends it, or it can no longer be of use. It
 * is aborted at once when a new build's worker is waiting (Chromium lets a
 * waiting worker take over only once the old one has finished its requests,
 * and this one may never be answered: the takeover waited up to 20 s for each),
 * or when a request sent after it has been answered (the signal came back; the
 * old connection is dead, and it holds one of the browser's few connections
 * to the host).
 */
import { worker } from './scope';

/** Each abandoned request's controller, with when it was sent. */
const abandoned = new Map<AbortController, number>();

/** Whether a new build's worker is installed and waiting to take over. */
function takeoverWaiting(): boolean {
	return Boolean(worker.registration.waiting);
}

/**
 * Keeps a request running after a copy answered, unless a new worker is
 * already waiting (then it is aborted now). `sentAt` is when it was sent
 * (`performance.now()`); `settled` ends when it is answered or fails.
 */
export function abandon(controller: AbortController, sentAt: number, settled: Promise<unknown>): void {
	if (takeoverWaiting()) {
		controller.abort();
		return;
	}
	abandoned.set(controller, sentAt);
	void settled.finally(() => abandoned.delete(controller)).catch(() => undefined);
}

/** Aborts every abandoned request (a new worker waits), or those sent before `before` (a later one was answered). */
export function abortAbandoned(before = Infinity): void {
	for (const [controller, sentAt] of abandoned) {
		if (sentAt >= before) continue;
		controller.abort();
		abandoned.delete(controller);
	}
}

/**
 * Aborts the abandoned requests as soon as a new build's worker has installed
 * and waits: from then on a late answer would only renew a copy the new build
 * replaces, and the request would hold back the takeover.
 */
export function abortAbandonedOnUpdate(): void {
	worker.registration.addEventListener('updatefound', () => {
		const installing = worker.registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') abortAbandoned();
		});
	});
}
