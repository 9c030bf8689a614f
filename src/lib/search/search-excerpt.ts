/** A piece of a search excerpt: plain text, or a matched word to highlight. */
export interface ExcerptSegment {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

/**
 * Splits a Pagefind excerpt (HTML-escaped text with `<mark>` around matches)
 * into text segments, so the interface builds text nodes and `<mark>`
 * elements itself instead of assigning HTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
	for (const part of parts) {
		if (!part) continue;
		const marked = part.startsWith('<mark>');
		const raw = marked ? part.slice(6, -7) : part;
		const text = raw
			.replace(/<[^>]*>/g, '')
			.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
		if (text) segments.push({ text, marked });
	}
	return segments;
}

/** Fills `{name}` placeholders of a UI string that was rendered with its placeholders kept. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
