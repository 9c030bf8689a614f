/** A quoted attribute value, a `{…}` expression, or any other character of a tag but its end. */
const ATTRIBUTE_PART = String.raw`(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^"'{}>])`;

/** A component tag of MDX: `<Chart id="x" />`, `<Claim …>` or `</Claim>` (component names start with a capital). */
const COMPONENT_TAG = new RegExp(String.raw`<\/?[A-Z][\w.]*(?:\s${ATTRIBUTE_PART}*?)?\s*\/?>`, 'g');

/** An ESM line of MDX: `import …` or `export …` at the start of a line. */
const ESM_LINE = /^(?:import|export)\s[^\n]*$/gm;

/**
 * The prose of a page body without what MDX adds: import and export lines and
 * component tags with their attributes (the text between an opening and a
 * closing tag stays, as readers see it). For the search keywords and the FAQ's
 * structured data, which read the body as text, so no code leaks into them.
 * Plain Markdown passes through unchanged (its HTML tags are lowercase).
 */
export function proseOf(body: string): string {
	return body.replace(ESM_LINE, '').replace(COMPONENT_TAG, '');
}
