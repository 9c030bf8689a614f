/**
 * How long the worker waits for the network. A weak signal often accepts a
 * connection and then never answers: without limits a page waited forever for
 * it, and the unanswered requests kept the worker busy, so a new build's
 * worker could not take over (it waits until the old one has no event left).
 * Every request the worker makes is therefore bounded, and a request that a
 * copy can answer waits only a short while before the copy answers.
 */

/**
 * How long a request waits for the network before a saved or opened copy
 * answers. A reader on a weak signal must see the saved page within 4 s; the
 * offline browser test measured the copy shown about 0.1 to 0.3 s after this
 * wait on loopback, which leaves room for a slow phone.
 */
export const PATIENCE_MS = 2500;

/**
 * How long the network may take to start answering before the request is
 * abandoned. A page the copy answered still takes the network's answer if it
 * comes within this time (it updates the opened pages).
 */
const ANSWER_LIMIT_MS = 20_000;

/** How long a whole download (answer and body) may take: a body that stops coming must not hold the worker either. */
const DOWNLOAD_LIMIT_MS = 60_000;

/**
 * After a request waited in vain, the requests of the next few seconds go to
 * a copy at once: a search loads several files one after the other, and each
 * must not wait again. The next page opened after that tries the network again.
 */
const QUIET_WINDOW_MS = 10_000;

let quietUntil = 0;

/** Whether the network failed to answer in time a moment ago, and has not answered since. */
export function networkQuiet(): boolean {
	return Date.now() < quietUntil;
}

/** Records that a request waited `PATIENCE_MS` without an answer. */
export function noteNoAnswer(): void {
	quietUntil = Date.now() + QUIET_WINDOW_MS;
}

/**
 * Fetches a request with the limits above, aborting through `controller`
 * (which the caller may also abort, when a copy answered and the network's
 * answer is no longer wanted). Any answer from the host ends the quiet window.
 */
export async function fetchWithinLimits(
	fetcher: (request: Request) => Promise<Response>,
	request: Request,
	controller: AbortController,
	answerLimitMs = ANSWER_LIMIT_MS,
): Promise<Response> {
	const noAnswer = setTimeout(() => controller.abort(), answerLimitMs);
	setTimeout(() => controller.abort(), Math.max(answerLimitMs, DOWNLOAD_LIMIT_MS));
	try {
		// A navigation request with a signal becomes a same-origin request, which fetches the same page.
		const response = await fetcher(new Request(request, { signal: controller.signal }));
		quietUntil = 0;
		return response;
	} finally {
		clearTimeout(noAnswer);
	}
}

/** A signal for a fetch of the worker's own (saving a copy) that ends a download taking too long. */
export function downloadSignal(): AbortSignal {
	return AbortSignal.timeout(DOWNLOAD_LIMIT_MS);
}
