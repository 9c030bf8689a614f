import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { distDir } from './dist.ts';
import { basePath } from '../../src/i18n/urls';

/** A running static server for the built site. */
export interface StaticServer {
	/** `http://127.0.0.1:PORT` plus the base path, ending in `/`. */
	root: string;
	origin: string;
	close: () => Promise<void>;
}

/**
 * Answers requests from a build folder like a plain static host: files as
 * they are, `index.html` for folders, the language's 404 page for anything
 * else. With a base path, only URLs under it are served, so a link that
 * escapes the base fails.
 */
export function buildFolderHandler(dir: string, base: string): (req: IncomingMessage, res: ServerResponse) => void {
	const prefix = basePath(base);
	const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
	return (req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(prefix)) {
			res.writeHead(404).end('Outside the base path');
			return;
		}
		req.url = `/${url.slice(prefix.length)}`;
		files(req, res, () => {
			const page = join(dir, req.url?.startsWith('/en/') ? 'en/404.html' : '404.html');
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(existsSync(page) ? readFileSync(page) : 'Not found');
		});
	};
}

/** Starts a server on a free port of 127.0.0.1 and gives its origin and the site's root URL under the base. */
export async function listenOnLoopback(server: Server, base: string): Promise<{ origin: string; root: string }> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return { origin, root: `${origin}${basePath(base)}` };
}

/** Serves a build folder on 127.0.0.1 (see `buildFolderHandler`). */
export async function serveDist(options: { dir?: string; base?: string } = {}): Promise<StaticServer> {
	const base = options.base ?? '/';
	const server: Server = createServer(buildFolderHandler(options.dir ?? distDir, base));
	const { origin, root } = await listenOnLoopback(server, base);
	return {
		origin,
		root,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
