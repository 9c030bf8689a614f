import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { distDir } from './dist.ts';

/** A running static server for the built site. */
export interface StaticServer {
	/** `http://127.0.0.1:PORT` plus the base path, ending in `/`. */
	root: string;
	origin: string;
	close: () => Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 like a plain static host: files as they
 * are, `index.html` for folders, the 404 page for anything else. With a base
 * path, only URLs under it are served, so a link that escapes the base fails.
 */
export async function serveDist(options: { dir?: string; base?: string } = {}): Promise<StaticServer> {
	const dir = options.dir ?? distDir;
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('Outside the base path');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => {
			const page = req.url?.startsWith('/en/') ? 'en/404.html' : '404.html';
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(readFileSync(join(dir, page)));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		root: `${origin}${base}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
