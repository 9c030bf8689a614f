import { z } from 'astro/zod';

/**
 * Stands in for `astro:content` in unit tests (an alias in vitest.config.ts), so the
 * collection schemas load without Astro's runtime. `reference('sources')` reads an id
 * here; whether the id exists is checked by the build (tests/build/bad-content.test.ts).
 */
export function reference(collection: string): z.ZodString {
	return z.string({ error: `a ${collection} id` });
}
