// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeFootnoteLanguage } from './src/lib/rehype-footnote-language.ts';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';
import { remarkCitations } from './src/lib/remark-citations.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { localized404 } from './src/integrations/localized-404.ts';

const base = process.env['BASE_PATH'] || '/';
const registryPath = fileURLToPath(new URL('./src/content/sources.yaml', import.meta.url));

export default defineConfig({
	site: siteUrl(process.env['SITE_URL']),
	base,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// The content has no code blocks: skip loading Shiki's highlighter and its per-page tree walk.
		syntaxHighlight: false,
		// Astro 7's default Rust processor ignores remark plugins; citations need remark-gfm's footnotes.
		processor: unified({
			gfm: false,
			smartypants: false,
			remarkPlugins: [remarkGfm, [remarkCitations, { registryPath }]],
			rehypePlugins: [rehypeFootnoteLanguage, [rehypeInternalLinks, { base }]],
		}),
	},
	integrations: [mdx(), localized404(['en'])],
	devToolbar: { enabled: false },
	// One stylesheet for the whole site (2–3 KB gzip): one render-blocking request, cached across pages.
	vite: { build: { cssCodeSplit: false } },
});
