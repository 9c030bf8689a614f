/**
 * `npm run bench:glossary` — what glossary linking costs per page: a synthetic
 * page of 60 paragraphs against a glossary of 40 terms (120 phrases), run
 * 1,000 times. Prints milliseconds per page; a benchmark, not a test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { rehypeGlossaryLinks } from '../src/lib/markdown/rehype-glossary-links';

const TERMS = 40;
const PARAGRAPHS = 60;
const RUNS = 1000;

const glossaryPath = join(mkdtempSync(join(tmpdir(), 'bench-glossary-')), 'glossary.yaml');
writeFileSync(
	glossaryPath,
	Array.from(
		{ length: TERMS },
		(_, i) =>
			`- id: term-${i}\n  term: { id: Istilah ${i} panjang, en: Term ${i} long }\n  definition: { id: Definisi ${i}., en: Definition ${i}. }\n  aliases: { id: [alias${i}, kata lain ${i}], en: [alias${i}] }\n`,
	).join(''),
);
const link = rehypeGlossaryLinks({ glossaryPath, base: '/' });
const sentence =
	'Pemerintah Provinsi Kalimantan Timur dan Kalimantan Utara menandatangani dokumen untuk memperkuat kolaborasi, termasuk Istilah 5 panjang, alias7 dan kata lain 12. ';
const page = (): Root => ({
	type: 'root',
	children: Array.from({ length: PARAGRAPHS }, () => ({
		type: 'element',
		tagName: 'p',
		properties: {},
		children: [{ type: 'text', value: sentence.repeat(3) }],
	})),
});

const start = performance.now();
for (let run = 0; run < RUNS; run++)
	link(page(), new VFile({ path: '/site/src/content/pages/id/bench.md', data: { astro: { frontmatter: {} } } }));
const perPage = (performance.now() - start) / RUNS;
console.log(
	`glossary linking: ${perPage.toFixed(3)} ms per page (${PARAGRAPHS} paragraphs, ${Math.round((sentence.length * 3 * PARAGRAPHS) / 1000)}k characters, ${TERMS} terms)`,
);
