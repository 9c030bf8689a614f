/**
 * The sites the benchmark builds, each in its own temporary folder: this
 * project's real pipeline with synthetic content, a minimal Starlight site
 * (default engine, and on unified + remark-gfm) and a minimal Hugo site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFilesUnder, contentKeysUnder, type ContentExtension } from '../../src/lib/schemas/content-files.ts';
import { splitMarkdown } from '../../src/lib/schemas/frontmatter.ts';
import { newestReportOf } from '../../src/lib/sources/newest-report.ts';
import { locales } from '../../src/i18n/locales.ts';
import { syntheticBody, syntheticMeta } from './synthetic-content.ts';

/** One site to build: where it lives, how to build it, where its output lands. */
export interface BenchSite {
	name: string;
	dir: string;
	/** Command and arguments, run in `dir`. */
	command: string[];
	outDir: string;
	/** Folders to delete before each build so every build is a clean one. */
	caches: string[];
	/** Environment of the build, on top of this process's. */
	env?: Record<string, string>;
	/** Changes one page's title and a sentence of its text: what an editor does before a warm rebuild. */
	changeOnePage: (round: number) => void;
	/** This project's share image report (`src/integrations/share-images.ts`), when the site makes share images. */
	shareReport?: string;
}

/** Rewrites the title and the first body line of a Markdown page, marked with the round, so every warm rebuild changes it again. */
function editPage(file: string, round: number): void {
	const text = readFileSync(file, 'utf8');
	const edited = text
		.replace(/^title: ("?)(.*?)( \(edit \d+\))?\1$/m, `title: $1$2 (edit ${round})$1`)
		.replace(/\n\n## /, `\n\nEdited for the warm rebuild, round ${round}.\n\n## `);
	if (edited === text) throw new Error(`Benchmark: could not edit ${file} for the warm rebuild (no title line).`);
	writeFileSync(file, edited);
}

/** Real pages kept with their own text: every page links into the sources page's explanation of its two dates. */
const KEPT_AS_WRITTEN = new Set(['sources']);

/**
 * Gives a temporary project its own `node_modules` folder whose entries link to
 * an installed one, so build caches land in the temporary folder, not there.
 */
function linkNodeModules(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) {
		if (name === '.astro' || name === '.vite' || name === '.cache') continue;
		symlinkSync(join(from, name), join(to, name));
	}
}

/** The first id of the project's citation registry, so footnotes cite a real source. */
export function firstRegistryId(repo: string): string {
	const entries = parse(readFileSync(join(repo, 'src/content/sources.yaml'), 'utf8')) as { id: string }[];
	const id = entries[0]?.id;
	if (!id) throw new Error('src/content/sources.yaml has no entries: the benchmark cites its first id.');
	return id;
}

/** The month a synthetic page citing `id` gives as `newestReport`: that source's own month, as the schema asks. */
function newestReportCiting(repo: string, id: string): string {
	const entries = parse(readFileSync(join(repo, 'src/content/sources.yaml'), 'utf8')) as {
		id: string;
		date?: string;
	}[];
	const date = entries.find((entry) => entry.id === id)?.date;
	return (date && newestReportOf([date])) ?? '2026-11';
}

/** Frontmatter of a Markdown file as written, between the first two `---` lines. */
function frontmatterOf(file: string): string {
	return splitMarkdown(readFileSync(file, 'utf8'), file).yaml;
}

/** How many routed pages per language the project copy keeps as they are (the commodity profiles). */
function countEntries(dir: string): number {
	return contentFilesUnder(dir).length;
}

/** The name of this project's build in the tables, per page format. */
export function projectSiteName(format: ContentExtension): string {
	return format === '.md' ? 'this project' : 'this project, .mdx pages';
}

/**
 * This project's real build (config, layouts, plugins, integrations, data
 * files) with its pages replaced: every real page keeps its frontmatter (its
 * key, URL and template, which navigation and templates need) and gets a
 * synthetic body; synthetic pages fill the rest up to `pages` in all. Pages are
 * written as `format`: `.md` (the content layer renders them) or `.mdx` (each
 * compiled to a module by the MDX integration), with the same text, so the two
 * builds compare the formats page for page.
 */
export function prepareProject(
	repo: string,
	root: string,
	pages: number,
	sourceId: string,
	format: ContentExtension = '.md',
): BenchSite {
	const dir = join(root, format === '.md' ? 'project' : 'project-mdx');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
		if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(dir, entry), { recursive: true });
	}
	linkNodeModules(join(repo, 'node_modules'), join(dir, 'node_modules'));
	const pagesDir = join(dir, 'src/content/pages');
	const realPagesId = join(repo, 'src/content/pages/id');
	const realFiles = contentFilesUnder(realPagesId);
	const realKeys = contentKeysUnder(realPagesId);
	rmSync(pagesDir, { recursive: true, force: true });
	const perLocale = Math.max(
		realKeys.length,
		Math.floor(pages / 2) - countEntries(join(repo, 'src/content/commodities/id')),
	);
	const newestReport = newestReportCiting(repo, sourceId);
	for (const locale of locales) {
		mkdirSync(join(pagesDir, locale), { recursive: true });
		for (let i = 0; i < perLocale; i += 1) {
			const body = syntheticBody(i, locale, sourceId);
			const realKey = realKeys[i];
			const realFile = realFiles[i];
			if (realKey && realFile && KEPT_AS_WRITTEN.has(realKey)) {
				cpSync(join(repo, 'src/content/pages', locale, realFile), join(pagesDir, locale, `${realKey}${format}`));
				continue;
			}
			if (realKey && realFile) {
				writeFileSync(
					join(pagesDir, locale, `${realKey}${format}`),
					`---\n${frontmatterOf(join(repo, 'src/content/pages', locale, realFile))}\n---\n\n${body}`,
				);
				continue;
			}
			const { title, description } = syntheticMeta(i, locale);
			const frontmatter = [
				`title: ${title}`,
				`description: ${description}`,
				`summary: ${description}`,
				`slug: bench/page-${i}`,
				'updated: 2026-11-28',
				'factsChecked: 2026-11-28',
				`newestReport: "${newestReport}"`,
				'topics: [reference]',
				'audience: [citizen]',
			];
			writeFileSync(join(pagesDir, locale, `bench-${i}${format}`), `---\n${frontmatter.join('\n')}\n---\n\n${body}`);
		}
	}
	// The last synthetic page (or, on a tiny site, the last real one) is the page a warm rebuild changes.
	const edited = [
		join(pagesDir, 'id', `bench-${perLocale - 1}${format}`),
		join(pagesDir, 'id', `${realKeys[perLocale - 1] ?? ''}${format}`),
	].find((file) => existsSync(file));
	if (!edited) throw new Error(`Benchmark: no page to change in ${join(pagesDir, 'id')}.`);
	return {
		name: projectSiteName(format),
		dir,
		command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
		outDir: join(dir, 'dist'),
		caches: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
		// The offline copy's 3 MB per language is this site's budget: the synthetic site's size is printed, not enforced.
		env: { SINERGI_OFFLINE_BUDGET: 'report' },
		changeOnePage: (round) => editPage(edited, round),
		shareReport: join(dir, 'node_modules/.astro/share-images/last-build.json'),
	};
}

/**
 * Installs Starlight and Astro from the npm registry into `dir`, with the
 * project's npm overrides (the same pins the project needs here). Each
 * Starlight variant gets its own install: Vite bundles Starlight only when it
 * sits in the site's own `node_modules`.
 */
export function installStarlight(repo: string, dir: string, copyFrom?: string): string {
	if (existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return dir;
	mkdirSync(dir, { recursive: true });
	if (copyFrom) {
		// The same packages again, without a second download.
		for (const entry of ['package.json', 'package-lock.json', 'node_modules'])
			cpSync(join(copyFrom, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
		return dir;
	}
	const overrides =
		(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { overrides?: Record<string, string> })
			.overrides ?? {};
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', overrides }, null, '\t'),
	);
	const npm = join(repo, 'node_modules/.bin/npm');
	execFileSync(
		existsSync(npm) ? npm : 'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			'@astrojs/starlight',
			'astro',
			'@astrojs/markdown-remark',
			'remark-gfm',
		],
		{
			cwd: dir,
			stdio: 'inherit',
			env: { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
		},
	);
	return dir;
}

/**
 * A minimal bilingual Starlight site with the synthetic pages, written into its
 * install folder `dir`; `unified` swaps in the remark pipeline.
 */
export function prepareStarlight(dir: string, pages: number, sourceId: string, unified: boolean): BenchSite {
	rmSync(join(dir, 'src'), { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs/en'), { recursive: true });
	const markdown = unified ? `markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },` : '';
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			`import starlight from '@astrojs/starlight';`,
			`import { defineConfig } from 'astro/config';`,
			unified ? `import { unified } from '@astrojs/markdown-remark';\nimport remarkGfm from 'remark-gfm';` : '',
			`export default defineConfig({`,
			`  site: 'https://bench.example/',`,
			`  ${markdown}`,
			`  integrations: [starlight({ title: 'Bench', defaultLocale: 'root', locales: { root: { label: 'Bahasa Indonesia', lang: 'id' }, en: { label: 'English', lang: 'en' } } })],`,
			`});`,
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	const perLocale = Math.floor(pages / 2);
	for (const locale of locales) {
		for (let i = 0; i < perLocale; i += 1) {
			const { title, description } = syntheticMeta(i, locale);
			const file = join(dir, 'src/content/docs', locale === 'en' ? 'en' : '', `page-${i}.md`);
			writeFileSync(
				file,
				`---\ntitle: ${title}\ndescription: ${description}\n---\n\n${syntheticBody(i, locale, sourceId)}`,
			);
		}
	}
	return {
		name: unified ? 'Starlight, unified + remark-gfm' : 'Starlight, default engine',
		dir,
		command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
		outDir: join(dir, 'dist'),
		caches: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
		changeOnePage: (round) => editPage(join(dir, 'src/content/docs', `page-${perLocale - 1}.md`), round),
	};
}

/** A minimal bilingual Hugo site with the synthetic pages (one plain layout, Goldmark's tables and footnotes). */
export function prepareHugo(root: string, pages: number, sourceId: string): BenchSite {
	const dir = join(root, 'hugo');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'layouts/_default'), { recursive: true });
	writeFileSync(
		join(dir, 'hugo.toml'),
		`baseURL = 'https://bench.example/'\ndefaultContentLanguage = 'id'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n[languages.id]\nweight = 1\ncontentDir = 'content/id'\n[languages.en]\nweight = 2\ncontentDir = 'content/en'\n`,
	);
	const page = `<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n`;
	writeFileSync(join(dir, 'layouts/_default/single.html'), page);
	writeFileSync(join(dir, 'layouts/_default/list.html'), page);
	const perLocale = Math.floor(pages / 2);
	for (const locale of locales) {
		mkdirSync(join(dir, 'content', locale), { recursive: true });
		for (let i = 0; i < perLocale; i += 1) {
			const { title, description } = syntheticMeta(i, locale);
			writeFileSync(
				join(dir, 'content', locale, `page-${i}.md`),
				`---\ntitle: "${title}"\ndescription: "${description}"\n---\n\n${syntheticBody(i, locale, sourceId)}`,
			);
		}
	}
	return {
		name: 'Hugo',
		dir,
		command: ['hugo', '--quiet', '--destination', 'public'],
		outDir: join(dir, 'public'),
		caches: ['public', 'resources'],
		changeOnePage: (round) => editPage(join(dir, 'content/id', `page-${perLocale - 1}.md`), round),
	};
}
