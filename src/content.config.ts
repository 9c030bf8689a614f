import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_GLOB, stripContentExtension } from './lib/schemas/content-files';
import {
	commoditySchema,
	glossarySchema,
	pageSchema,
	sourceSchema,
	timelineSchema,
} from './lib/collections/collection-schemas';
import { chartSchema, updateSchema } from './lib/collections/collection-schemas';
import { yamlCollection } from './lib/collections/yaml-loader';
import { claimSchema, commitmentSchema } from './lib/claims/claim-schemas';

/** Keeps `id/agreement` as the entry id (from `.md` or `.mdx`): the frontmatter `slug` is a URL, not an id. */
const idFromPath = ({ entry }: { entry: string }): string => stripContentExtension(entry);

const pages = defineCollection({
	loader: glob({ pattern: CONTENT_GLOB, base: './src/content/pages', generateId: idFromPath }),
	schema: pageSchema,
});

const commodities = defineCollection({
	loader: glob({ pattern: CONTENT_GLOB, base: './src/content/commodities', generateId: idFromPath }),
	schema: commoditySchema,
});

/**
 * Every YAML collection loads through `yamlCollection` (never Astro's `file()`, which only logs a syntax
 * error and publishes an empty or stale collection): a syntax error or a duplicate id stops the build,
 * naming the file, line and column. A new YAML collection must use it too.
 */
const sources = defineCollection({ loader: yamlCollection('src/content/sources.yaml'), schema: sourceSchema });
const glossary = defineCollection({ loader: yamlCollection('src/content/glossary.yaml'), schema: glossarySchema });
const timeline = defineCollection({ loader: yamlCollection('src/content/timeline.yaml'), schema: timelineSchema });

const updates = defineCollection({ loader: yamlCollection('src/content/updates.yaml'), schema: updateSchema });

/** Build-time charts: every figure names its registry source (`src/lib/collections/charts.ts` checks the ids). */
const charts = defineCollection({ loader: yamlCollection('src/content/charts.yaml'), schema: chartSchema });

/** Claims made at the signing and their ratings; commitments and their status (`src/lib/claims/`). */
const claims = defineCollection({ loader: yamlCollection('src/content/claims.yaml'), schema: claimSchema });
const commitments = defineCollection({
	loader: yamlCollection('src/content/commitments.yaml'),
	schema: commitmentSchema,
});

export const collections = { pages, commodities, sources, glossary, timeline, updates, charts, claims, commitments };
