import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { readYamlList } from '../schemas/yaml-list';
import { claimSchema, type ClaimData, type CommitmentData } from './claim-schemas';

/** The files the two collections load, relative to the project. */
export const CLAIMS_FILE = 'src/content/claims.yaml';
const COMMITMENTS_FILE = 'src/content/commitments.yaml';

/** Formats a Zod issue as "file: entry "CL1", field "reason.en": message". */
function issueLine(file: string, entryId: string, issue: z.core.$ZodIssue): string {
	const field = issue.path
		.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
		.join('')
		.replace(/^\./, '');
	return `${file}: entry "${entryId}", field "${field || '(entry)'}": ${issue.message}`;
}

/**
 * Checks a parsed YAML list against a schema; returns the entries and one
 * line per problem naming the file, the entry and the field.
 */
export function parseEntries<T>(
	file: string,
	data: unknown,
	schema: z.ZodType<T>,
): { entries: T[]; problems: string[] } {
	if (!Array.isArray(data))
		return { entries: [], problems: [`${file}: expected a YAML list of entries (lines starting with "- id:").`] };
	const entries: T[] = [];
	const problems: string[] = [];
	const seen = new Set<string>();
	data.forEach((raw: unknown, index) => {
		const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : `#${index + 1}`;
		if (seen.has(rawId)) problems.push(`${file}: entry "${rawId}" appears twice; give each entry its own id.`);
		seen.add(rawId);
		const result = schema.safeParse(raw);
		if (result.success) entries.push(result.data);
		else problems.push(...result.error.issues.map((issue) => issueLine(file, rawId, issue)));
	});
	return { entries, problems };
}

/**
 * The rules across files: every source id a claim or commitment names is in
 * the registry. One line per unknown id, naming the file, the entry and the field.
 */
export function sourceProblems(
	claims: readonly ClaimData[],
	commitments: readonly CommitmentData[],
	knownSources: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	const check = (file: string, entry: string, field: string, id: string) => {
		if (!knownSources.has(id))
			problems.push(
				`${file}: entry "${entry}", field "${field}": source "${id}" is not in src/content/sources.yaml. Fix the id or add the source at the end of the registry.`,
			);
	};
	for (const claim of claims) {
		check(CLAIMS_FILE, claim.id, 'wordsSource', claim.wordsSource);
		claim.evidence.forEach((id, index) => check(CLAIMS_FILE, claim.id, `evidence[${index}]`, id));
	}
	for (const commitment of commitments) {
		check(COMMITMENTS_FILE, commitment.id, 'saidSource', commitment.saidSource);
		for (const list of ['evidence', 'context'] as const)
			commitment[list].forEach((event, index) =>
				event.sources.forEach((id, at) =>
					check(COMMITMENTS_FILE, commitment.id, `${list}[${index}].sources[${at}]`, id),
				),
			);
	}
	return problems;
}

/** Throws one error listing every problem, or returns quietly. */
export function assertNoProblems(problems: readonly string[]): void {
	if (problems.length === 0) return;
	throw new Error(
		`${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the claims and commitments:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
	);
}

/**
 * Reads and checks `claims.yaml` for the Markdown plugin, which runs before
 * the collections exist. Any problem stops the build naming file and field.
 */
export function readClaimsFile(path: string): ClaimData[] {
	const file = relative(process.cwd(), path) || path;
	// The project's one YAML reader: a syntax error names the line and column, as for every other data file.
	const raw = readYamlList(path).map((entry) => entry.data);
	const { entries, problems } = parseEntries(file, raw, claimSchema);
	assertNoProblems(problems);
	return entries;
}
