import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyProject, inBatches, projectRoot, removeCopy, type BuildResult } from '../helpers/project-copy';

/**
 * Each folder under tests/fixtures/ is laid over a copy of the project and
 * breaks exactly one content rule. The build must fail and its output must
 * name the file and the problem.
 *
 * Only the errors that need a build are built here: checks across files (a
 * missing translation, a shared URL, an unknown source or chart source, a
 * broken link) and the Markdown and MDX plugins. The fixtures that break one
 * field of one file are checked against the schemas without a build
 * (tests/unit/content-schemas.test.ts); two of them stay here, one per loader
 * (`date-in-words`: a page, `source-home-page`: a YAML entry), to prove the
 * build stops on a schema error and names the file and the field around the
 * schema's message.
 */
// The broken link is found only after a whole build, the longest of these: it starts first.
const fixtures: { name: string; file: string; problem: RegExp; together?: 'markdown' }[] = [
	{
		name: 'broken-link',
		file: 'src/content/pages/en/fixture-check.md',
		problem: /the link "\/en\/no-such-page\/" leads to \/en\/no-such-page\/, which is not in the build/,
	},
	{
		name: 'missing-translation',
		file: 'src/content/pages/id/fixture-only-indonesian.md',
		problem: /no English translation\. Create src\/content\/pages\/en\/fixture-only-indonesian\.md/,
	},
	{
		name: 'duplicate-slug',
		file: 'src/content/pages/id/fixture-two.md',
		problem: /Two pages share the URL \/fixture-same\/: .*fixture-one\.md and .*fixture-two\.md/,
	},
	{
		name: 'unknown-source',
		file: 'src/content/pages/en/fixture-unknown-source.md',
		together: 'markdown',
		problem: /"@no-such-source-2025", which is not in src\/content\/sources\.yaml/,
	},
	{
		name: 'mdx-unknown-source',
		file: 'src/content/pages/en/fixture-check.mdx',
		problem:
			/footnote \[\^1\] cites "@no-such-source-2025", which is not in src\/content\/sources\.yaml\. Fix the id or add the source to the registry/,
	},
	{
		name: 'chart-unknown-source',
		file: 'src/content/charts.yaml',
		problem:
			/chart "fixture-chart-unknown", figure 1 \("Test figure"\): source "no-such-chart-source-2025" is not in src\/content\/sources\.yaml\. Write the id the page cites for this figure/,
	},
	{
		name: 'image-without-alt',
		file: 'src/content/pages/en/fixture-image-without-alt.md',
		together: 'markdown',
		problem: /image "\/fixture-map\.png" on line \d+ has no alt text/,
	},
	{
		name: 'source-home-page',
		file: 'src/content/sources.yaml',
		problem:
			/fixture-home-page[\s\S]*url: "https:\/\/setkab\.go\.id\/" is a site's home page, not the article\. Link the article itself/,
	},
	{
		name: 'mdx-unknown-component',
		file: 'src/content/pages/en/fixture-check.mdx',
		problem:
			/line \d+: <Chrat> is not one of the components a page may place: Chart, Claim, Figure, Map\. Did you mean <Chart>\?/,
	},
	{
		name: 'missing-image',
		file: 'src/content/pages/en/fixture-missing-image.md',
		together: 'markdown',
		problem:
			/line \d+: the image "\.\/fixture-route\.png" is not there: there is no src\/content\/pages\/en\/fixture-route\.png\. Put the image file next to the page/,
	},
	{
		name: 'date-in-words',
		file: 'src/content/pages/en/fixture-check.md',
		problem: /updated[\s\S]*"1 Desember 2026" is a date in words\. Write it in numbers, year first: write 2026-12-01\./,
	},
];

/**
 * The fixtures built in one copy: their errors are found while Astro renders each Markdown page, which
 * goes on to the next page after an error and logs it, and the build then stops listing every page
 * that could not be rendered (`src/lib/build-checks/render-check.ts`). Each fixture's file being in
 * that list shows it alone would stop the build.
 */
const builds = Object.values(
	fixtures.reduce<Record<string, (typeof fixtures)[number][]>>((groups, fixture) => {
		(groups[fixture.together ?? fixture.name] ??= []).push(fixture);
		return groups;
	}, {}),
);

const results = new Map<string, BuildResult>();
const copies: string[] = [];
let seconds = 0;

beforeAll(async () => {
	const started = performance.now();
	// Two builds at a time: one per core.
	await inBatches(builds, 2, async (group) => {
		const dir = copyProject(...group.map(({ name }) => join(projectRoot, 'tests/fixtures', name)));
		copies.push(dir);
		const result = await astroBuild(dir);
		for (const { name } of group) results.set(name, result);
	});
	seconds = (performance.now() - started) / 1000;
}, 900_000);

afterAll(() => {
	console.info(
		`bad-content fixtures: ${fixtures.length} fixtures in ${builds.length} builds in ${seconds.toFixed(1)} s`,
	);
	for (const dir of copies) removeCopy(dir);
});

describe.each(fixtures)('the fixture $name', ({ name, file, problem, together }) => {
	it('fails the build', () => {
		expect(results.get(name)?.code).not.toBe(0);
		if (together === 'markdown')
			expect(results.get(name)?.output).toMatch(
				new RegExp(
					`could not be rendered, so their pages would be empty:\\n(  .*\\n)*  ${file.replaceAll('.', '\\.')}\\n`,
				),
			);
	});

	it(`names ${file} and the problem`, () => {
		const output = results.get(name)?.output ?? '';
		expect(output).toContain(file);
		expect(output).toMatch(problem);
	});
});
