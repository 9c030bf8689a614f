import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { buildFolderHandler, listenOnLoopback } from './server';

/**
 * How the server treats requests: `online` answers them; `offline` drops
 * them (a network error); `hanging` accepts them and never answers (a weak
 * signal); `failing` answers every one with 502 (a host in trouble);
 * `slow` answers each after `SLOW_ANSWER_MS`.
 */
export type NetworkMode = 'online' | 'offline' | 'hanging' | 'failing' | 'slow';

/** How long the `slow` mode holds each answer back. */
const SLOW_ANSWER_MS = 5000;

/** A static server whose build can be swapped and whose network can be cut, stalled or failed, on one origin. */
export interface SwitchableServer {
	/** `http://127.0.0.1:PORT` plus the base path, ending in `/`. */
	root: string;
	origin: string;
	/** Serves another build from now on (a new deployment on the same origin). */
	serve: (dir: string) => void;
	/**
	 * Cuts the network (every request and open connection is dropped, so the
	 * browser sees a network error) or restores it.
	 */
	setOnline: (online: boolean) => void;
	/**
	 * Sets how requests are treated from now on. Requests left hanging stay
	 * unanswered until the browser gives up or the server closes, as on a
	 * real weak signal, whatever the mode becomes.
	 */
	setMode: (mode: NetworkMode) => void;
	/** Requests that reached the server, as paths. */
	requests: string[];
	close: () => Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 as `serveDist` does (`buildFolderHandler`), with
 * the build swappable and the network switchable, so a test can save the site,
 * lose the signal, and come back to a rebuilt site on the same origin (which
 * the service worker and its caches are bound to).
 */
export async function serveSwitchable(dir: string, base: string): Promise<SwitchableServer> {
	let mode: NetworkMode = 'online';
	let handle = buildFolderHandler(dir, base);
	const sockets = new Set<Socket>();
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		if (mode === 'offline') {
			req.socket.destroy();
			return;
		}
		requests.push(req.url ?? '/');
		if (mode === 'hanging') return;
		if (mode === 'failing') {
			res.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>502 Bad Gateway</h1>');
			return;
		}
		// Files of a swapped-in build may be older than the ones the browser holds: never answer 304.
		delete req.headers['if-modified-since'];
		delete req.headers['if-none-match'];
		res.setHeader('Cache-Control', 'no-cache');
		const answer = handle;
		if (mode === 'slow') setTimeout(() => !res.destroyed && answer(req, res), SLOW_ANSWER_MS);
		else answer(req, res);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	const { origin, root } = await listenOnLoopback(server, base);
	return {
		origin,
		root,
		requests,
		serve: (next) => {
			handle = buildFolderHandler(next, base);
		},
		setOnline: (value) => {
			mode = value ? 'online' : 'offline';
			if (!value) for (const socket of sockets) socket.destroy();
		},
		setMode: (value) => {
			mode = value;
			if (value === 'offline') for (const socket of sockets) socket.destroy();
		},
		close: () => {
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
		},
	};
}
