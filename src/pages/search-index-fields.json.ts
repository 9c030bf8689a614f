import type { APIRoute } from 'astro';
import { searchFieldsFile } from '../lib/search/search-fields';

/**
 * Every page's search fields (topic, glossary keywords, filters) for the
 * Pagefind integration, which adds them to each page as it indexes it and
 * then deletes this file: it is built, never deployed (`src/integrations/pagefind.ts`).
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await searchFieldsFile()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
