import { describe, expect, it } from 'vitest';
import { apacheConfig, headersFile, nginxConfig } from '../../src/lib/build-checks/host-snippets';
import { immutableCache, securityHeaders } from '../../src/lib/build-checks/security-policy';

/** One nginx directive: its name, arguments (quotes removed) and, for a block, what it holds. */
interface Directive {
	name: string;
	args: string[];
	block?: Directive[];
}

/** A small parser of nginx configuration: directives, `{ }` blocks, quoted strings and comments. */
function parseNginx(text: string): Directive[] {
	const tokens = [...text.matchAll(/#[^\n]*|"((?:\\.|[^"\\])*)"|'([^']*)'|([{};])|([^\s{};"'#]+)/g)]
		.filter((match) => !match[0].startsWith('#'))
		.map((match) =>
			match[3]
				? { punct: match[3] }
				: { word: match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[4] ?? '') },
		);
	let index = 0;
	const block = (): Directive[] => {
		const list: Directive[] = [];
		let current: string[] = [];
		while (index < tokens.length) {
			const token = tokens[index++];
			if (!token) break;
			if ('word' in token) current.push(token.word);
			else if (token.punct === ';') {
				const [name = '', ...args] = current;
				list.push({ name, args });
				current = [];
			} else if (token.punct === '{') {
				const [name = '', ...args] = current;
				list.push({ name, args, block: block() });
				current = [];
			} else return list;
		}
		expect(current, 'a directive without ";"').toEqual([]);
		return list;
	};
	return block();
}

function locations(list: Directive[]): Directive[] {
	return list.flatMap((directive) =>
		directive.name === 'location' ? [directive, ...locations(directive.block ?? [])] : locations(directive.block ?? []),
	);
}

const headersOf = (location: Directive): Map<string, string> =>
	new Map(
		(location.block ?? [])
			.filter((directive) => directive.name === 'add_header')
			.map((directive) => [directive.args[0]?.toLowerCase() ?? '', directive.args[1] ?? ''] as const),
	);

describe.each(['/', '/sinergi-kalimantan/'])('the generated nginx snippet at %s', (root) => {
	const dir = '/srv/sinergi/';
	const parsed = parseNginx(nginxConfig(root, dir));
	const outer = parsed[0];
	const all = locations([outer ?? { name: '', args: [] }]);

	it('is one location block for the base path (and, under a sub-path, a redirect from it without its "/")', () => {
		expect(parsed).toHaveLength(root === '/' ? 1 : 2);
		expect(outer?.name).toBe('location');
		expect(outer?.args).toEqual(['^~', root]);
		if (root !== '/') {
			expect(parsed[1]?.args).toEqual(['=', root.slice(0, -1)]);
			expect(parsed[1]?.block).toEqual([{ name: 'return', args: ['301', root] }]);
		}
	});

	it('maps every location to its own folder under dist/ with alias, the base path in front', () => {
		expect(all.length).toBeGreaterThanOrEqual(5);
		for (const location of all) {
			const path = location.args.at(-1) ?? '';
			expect(path.startsWith(root), path).toBe(true);
			const alias = location.block?.filter((directive) => directive.name === 'alias') ?? [];
			expect(alias, path).toHaveLength(1);
			// A prefix and its folder both end in "/" (or both do not): the usual pitfall of alias.
			expect(alias[0]?.args[0], path).toBe(`${dir}${path.slice(root.length)}`);
			expect(
				location.block?.some((directive) => ['root', 'try_files'].includes(directive.name)),
				path,
			).toBe(false);
		}
	});

	it('sends the security headers and a Cache-Control from every location (nginx drops inherited add_header)', () => {
		for (const location of all) {
			const headers = headersOf(location);
			for (const [name, value] of Object.entries(securityHeaders)) expect(headers.get(name.toLowerCase())).toBe(value);
			expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
			expect(headers.has('cache-control'), location.args.join(' ')).toBe(true);
		}
	});

	it('revalidates pages, the service worker and the offline manifests, and keeps hashed files a year', () => {
		const cache = (path: string) =>
			headersOf(all.find((location) => location.args.at(-1) === `${root}${path}`) ?? { name: '', args: [] }).get(
				'cache-control',
			);
		expect(cache('')).toBe('no-cache');
		expect(cache('en/')).toBe('no-cache');
		expect(cache('sw.js')).toBe('no-cache');
		expect(all.find((location) => location.args.at(-1) === `${root}sw.js`)?.args[0]).toBe('=');
		expect(cache('offline/')).toBe('no-cache');
		expect(cache('_astro/')).toBe(immutableCache);
	});

	it("adds MIME types to the server's list instead of replacing it", () => {
		const block = outer?.block ?? [];
		const include = block.findIndex((directive) => directive.name === 'include' && directive.args[0] === 'mime.types');
		const types = block.findIndex((directive) => directive.name === 'types');
		expect(include).toBeGreaterThanOrEqual(0);
		expect(types).toBeGreaterThan(include);
		const added = new Map(block[types]?.block?.map((directive) => [directive.args[0], directive.name]));
		expect(added.get('webmanifest')).toBe('application/manifest+json');
		expect(added.get('csv')).toBe('text/csv');
		for (const location of all.slice(1))
			expect(location.block?.some((directive) => directive.name === 'types')).toBe(false);
	});

	it('compresses CSS, JavaScript, JSON, SVG and the web manifest', () => {
		const block = outer?.block ?? [];
		expect(block.find((directive) => directive.name === 'gzip')?.args).toEqual(['on']);
		const types = block.find((directive) => directive.name === 'gzip_types')?.args ?? [];
		for (const type of [
			'text/css',
			'text/javascript',
			'application/javascript',
			'application/json',
			'image/svg+xml',
			'application/manifest+json',
		])
			expect(types).toContain(type);
	});

	it("serves each language's not-found page, under the base path", () => {
		const pages = [...nginxConfig(root, dir).matchAll(/error_page 404 (\S+);/g)].map((match) => match[1]);
		expect(pages).toEqual([`${root}404.html`, `${root}en/404.html`]);
	});
});

describe.each(['/', '/sinergi-kalimantan/'])('the generated Apache snippet at %s', (root) => {
	const text = apacheConfig(root, '/srv/sinergi/');
	const lines = text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));

	it('puts the base path in every path rule', () => {
		const conditions = lines.filter((line) => line.startsWith('<If '));
		expect(conditions.length).toBeGreaterThanOrEqual(4);
		for (const line of conditions) {
			const path = /%\{REQUEST_URI\} (?:=~ m#\^|== ')([^#']+)/.exec(line)?.[1] ?? '';
			expect(path.startsWith(root), line).toBe(true);
		}
		for (const line of lines.filter((item) => item.startsWith('ErrorDocument')))
			expect(line.split(' ')[2]?.startsWith(root), line).toBe(true);
	});

	it('adds the MIME types, compresses text and sets the headers and cache rules', () => {
		expect(lines).toContain('AddType application/manifest+json .webmanifest');
		expect(lines).toContain('AddType text/csv .csv');
		expect(lines.find((line) => line.startsWith('AddOutputFilterByType DEFLATE'))).toMatch(
			/text\/css.*application\/javascript.*application\/json.*image\/svg\+xml/,
		);
		for (const [name, value] of Object.entries(securityHeaders))
			expect(lines).toContain(`Header always set ${name} "${value}"`);
		expect(text).toContain(
			`<If "%{REQUEST_URI} =~ m#^${root}_astro/#">\n\t\tHeader set Cache-Control "${immutableCache}"`,
		);
		expect(text).toContain(`<If "%{REQUEST_URI} == '${root}sw.js'">\n\t\tHeader set Cache-Control "no-cache"`);
		expect(lines).toContain('Header set Cache-Control "no-cache"');
	});
});

describe.each(['/', '/sinergi-kalimantan/'])('_headers at %s', (root) => {
	const blocks = headersFile(root)
		.split('\n\n')
		.filter(Boolean)
		.map((block) => block.split('\n'));

	it('has the base path on every rule, and sets Cache-Control only where no other rule does', () => {
		for (const [path] of blocks) expect(path?.startsWith(root), path).toBe(true);
		expect(blocks.map(([path]) => path)).toEqual([`${root}*`, `${root}_astro/*`, `${root}sw.js`, `${root}offline/*`]);
		expect(blocks[0]?.some((line) => /cache-control/i.test(line))).toBe(false);
		expect(blocks.find(([path]) => path === `${root}sw.js`)).toContain('  Cache-Control: no-cache');
	});
});
