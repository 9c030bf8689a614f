/**
 * Network first, but never at any cost: the network answers if it does so
 * within `PATIENCE_MS` (at once while the network was just found silent) with
 * anything but a server error; otherwise a copy answers (through the
 * strategy's `cacheMatch`, so the plugins pick a saved copy, the opened pages
 * or an earlier build's copy). With no copy the network's own answer, even a
 * server error, is awaited within the limits of `network.ts`. Workbox's
 * `NetworkFirst` has a timeout too, but it neither treats a server error as
 * a failure nor bounds the request it leaves running.
 */
import { Strategy, type StrategyHandler, type StrategyOptions } from 'workbox-strategies';
import { abandon, abortAbandoned } from './abandoned';
import { fetchWithinLimits, networkQuiet, noteNoAnswer, PATIENCE_MS } from './network';

/** Options of `handle()` for one request: a shorter limit (when keeping the open pages at activation). */
export interface CopyWhenSlowParams {
	answerLimitMs?: number;
}

/** The host answered, but with a server error (5xx): a copy is better, if there is one. */
class ServerError extends Error {
	constructor(readonly response: Response) {
		super(`The server answered ${response.status}`);
	}
}

export class CopyWhenSlow extends Strategy {
	/**
	 * @param lateAnswers whether the network's answer is still awaited (and
	 * stored, through the plugins) after a copy answered: for pages, so a late
	 * fresh page replaces the opened copy, until `abandoned.ts` gives it up;
	 * not for files only a saved copy keeps.
	 */
	constructor(
		options: StrategyOptions,
		private readonly lateAnswers: boolean,
	) {
		super(options);
	}

	protected async _handle(request: Request, handler: StrategyHandler): Promise<Response | undefined> {
		const params = handler.params as CopyWhenSlowParams | undefined;
		const controller = new AbortController();
		const sentAt = performance.now();
		const network = fetchWithinLimits(
			(signalled) => handler.fetch(signalled),
			request,
			controller,
			params?.answerLimitMs,
		).then((response) => {
			// The host answered: requests abandoned before this one went over a connection that died.
			abortAbandoned(sentAt);
			if (response.status >= 500) throw new ServerError(response);
			void handler.waitUntil(handler.cachePut(request, response.clone()).catch(() => false));
			return response;
		});
		// Not added to the event's lifetime: a request the copy answered must not hold back a new
		// worker's takeover (it waits until the old one has no event left). The worker stays up
		// longer than `ANSWER_LIMIT_MS` once idle (Chromium: 30 s), so a late answer is still kept,
		// unless `abandoned.ts` aborts the request first.
		network.catch(() => undefined);

		const patience = networkQuiet() ? 0 : PATIENCE_MS;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const outcome = await Promise.race([
			network.then(
				(response) => ({ response }),
				() => ({ failed: true }),
			),
			new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), patience))),
		]);
		clearTimeout(timer);
		if (typeof outcome === 'object' && 'response' in outcome) return outcome.response;
		if (outcome === 'waiting' && patience > 0) noteNoAnswer();

		const copy = await handler.cacheMatch(request);
		if (copy) {
			if (this.lateAnswers) abandon(controller, sentAt, network);
			else controller.abort();
			return copy;
		}
		try {
			return await network;
		} catch (error) {
			if (error instanceof ServerError) return error.response;
			throw error;
		}
	}
}
