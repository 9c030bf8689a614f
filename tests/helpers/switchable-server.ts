import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/** A static server whose build can be swapped and whose network can be cut, on one origin. */
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
	/** Requests that reached the server, as paths. */
	requests: string[];
	close: () => Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 like `serveDist` (files as they are,
 * the language's 404 page for anything else, only under the base path), with
 * the build swappable and the network switchable, so a test can save the site,
 * lose the signal, and come back to a rebuilt site on the same origin (which
 * the service worker and its caches are bound to).
 */
export async function serveSwitchable(dir: string, base: string): Promise<SwitchableServer> {
	let current = dir;
	let online = true;
	let files = sirv(current, { dev: false, etag: false, dotfiles: false });
	const sockets = new Set<Socket>();
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		if (!online) {
			req.socket.destroy();
			return;
		}
		const url = req.url ?? '/';
		requests.push(url);
		if (!url.startsWith(base)) {
			res.writeHead(404).end('Outside the base path');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		// Files of a swapped-in build may be older than the ones the browser holds: never answer 304.
		delete req.headers['if-modified-since'];
		delete req.headers['if-none-match'];
		res.setHeader('Cache-Control', 'no-cache');
		files(req, res, () => {
			const page = join(current, req.url?.startsWith('/en/') ? 'en/404.html' : '404.html');
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(existsSync(page) ? readFileSync(page) : 'Not found');
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		root: `${origin}${base}`,
		requests,
		serve: (next) => {
			current = next;
			files = sirv(current, { dev: false, etag: false, dotfiles: false });
		},
		setOnline: (value) => {
			online = value;
			if (!value) for (const socket of sockets) socket.destroy();
		},
		close: () => {
			for (const socket of sockets) socket.destroy();
			return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
		},
	};
}
