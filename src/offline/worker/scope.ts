/**
 * The service worker's global scope, typed (TypeScript's `self` is the
 * generic worker scope), and the site's base path read from the worker's
 * scope, so one worker file serves the site at the root or under a sub-path.
 */
export const worker = self as unknown as ServiceWorkerGlobalScope;

/** The site's base URL (`https://host/base/`), ending in `/`. */
export function baseUrl(): string {
	return worker.registration.scope;
}

/** A path below the base as an absolute URL. */
export function underBase(path: string): string {
	return new URL(path, baseUrl()).href;
}

/** Whether a URL is this site's (same origin, under the base). */
export function isOurs(url: URL): boolean {
	return url.href.startsWith(baseUrl());
}
