// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { rehypeFootnoteLanguage } from './src/lib/markdown/rehype-footnote-language.ts';
import { rehypeImageAlt } from './src/lib/markdown/rehype-image-alt.ts';
import { rehypeInternalLinks } from './src/lib/markdown/rehype-internal-links.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkClaims } from './src/lib/markdown/remark-claims.ts';
import { JISDOR } from './src/lib/markdown/exchange-rate.ts';
import { remarkRupiah } from './src/lib/markdown/remark-rupiah.ts';
import { remarkContentChecks } from './src/lib/markdown/remark-content-checks.ts';
import { placeholderWarning, siteUrl } from './src/lib/site/site-url.ts';
import { sourceBuildId } from './src/lib/offline/build-id.ts';
import { markdownRenderInputsId, remarkRenderInputs } from './src/lib/markdown/render-inputs-id.ts';
import { offlineStrings } from './src/lib/offline/offline-strings.ts';
import { offlineCopy } from './src/integrations/offline.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { shareImageCache } from './src/integrations/share-images.ts';
import { rehypeGlossaryLinks } from './src/lib/markdown/rehype-glossary-links.ts';
import { translationFreshness } from './src/integrations/translation-freshness.ts';
import { yamlFilesCheck } from './src/integrations/yaml-files.ts';

const base = process.env['BASE_PATH'] || '/';
const site = siteUrl(process.env['SITE_URL']);
// Said once per build, before Astro's own output: a site built for readers must not point at the placeholder.
if (!process.env['SITE_URL'] && process.argv.includes('build'))
	console.warn(`\n[sinergi] WARNING ${placeholderWarning()}\n`);
// One id per set of sources and settings: keys the saved offline copy, and tags Pagefind's entry file.
const buildId = sourceBuildId(fileURLToPath(new URL('.', import.meta.url)), [base, site]);
const registryPath = fileURLToPath(new URL('./src/content/sources.yaml', import.meta.url));
const claimsPath = fileURLToPath(new URL('./src/content/claims.yaml', import.meta.url));
// Astro keeps rendered Markdown until its config changes: the claims' hash makes a rating change re-render every claim box.
const claimsVersion = createHash('sha256').update(readFileSync(claimsPath)).digest('hex').slice(0, 12);
const pagesDir = fileURLToPath(new URL('./src/content/pages', import.meta.url));
const glossaryPath = fileURLToPath(new URL('./src/content/glossary.yaml', import.meta.url));
const publicDir = fileURLToPath(new URL('./public/', import.meta.url));

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// Shiki is off: the only code block (the request letter) is plain text, and its inline styles would be blocked by the CSP.
		syntaxHighlight: false,
		// Astro 7's default Rust processor ignores remark plugins; citations need remark-gfm's footnotes.
		processor: unified({
			gfm: false,
			smartypants: false,
			// The rate is passed, not only imported by the plugin: Astro keeps rendered Markdown until its config
			// changes, so a new rate must change the config for every converted figure to follow it.
			remarkPlugins: [
				remarkGfm,
				[remarkContentChecks, { publicDir }],
				[remarkRupiah, { rate: JISDOR }],
				[remarkCitations, { registryPath }],
				// `[claim:CL1]` renders the claim from claims.yaml; quoting a rated claim's words without it stops the build.
				[remarkClaims, { claimsPath, pagesDir, claimsVersion }],
				// Renders every page again when what rendering reads changes (registry, glossary, plugins, UI strings).
				[remarkRenderInputs, { id: markdownRenderInputsId(fileURLToPath(new URL('.', import.meta.url))) }],
			],
			rehypePlugins: [
				rehypeFootnoteLanguage,
				[rehypeInternalLinks, { base }],
				[rehypeGlossaryLinks, { glossaryPath, base }],
				rehypeImageAlt,
			],
		}),
	},
	// MDX inherits `markdown.processor` (extendMarkdownConfig, on by default): the same remark-gfm and site plugins run for `.mdx`.
	// Order matters: the offline copy lists Pagefind's files, so it runs after the index is written.
	integrations: [
		// First: a broken YAML file stops the build as itself, before any page that reads it renders.
		yamlFilesCheck(),
		mdx({ extendMarkdownConfig: true, optimize: false }),
		shareImageCache(),
		localized404(['en']),
		redirectPages(),
		translationFreshness(),
		pagefindIndex(),
		// The benchmark's synthetic sites report the offline budget instead of stopping at it.
		offlineCopy(buildId, { budget: process.env['SINERGI_OFFLINE_BUDGET'] === 'report' ? 'report' : 'enforce' }),
		securityHeadersFile(),
		linkCheck(),
	],
	devToolbar: { enabled: false },
	// One stylesheet for the whole site (2–3 KB gzip): one render-blocking request, cached across pages.
	// Scripts as files, cached across pages, rather than inlined into every page's HTML.
	// Page scripts and the stylesheet get short hashed names: their paths appear in every page's HTML.
	vite: {
		define: {
			__SINERGI_BUILD__: JSON.stringify(buildId),
			__SINERGI_OFFLINE_STRINGS__: JSON.stringify(offlineStrings()),
		},
		build: { cssCodeSplit: false, assetsInlineLimit: 0 },
		environments: {
			client: {
				build: {
					rolldownOptions: { output: { entryFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' } },
				},
			},
		},
	},
});
