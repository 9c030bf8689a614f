/**
 * The components an MDX page may place without an import line, by name. The
 * Markdown check (`remark-content-checks.ts`) refuses any other capitalised
 * tag with this list, and `src/components/mdx/index.ts` is typed to hold
 * exactly these names, so a new component is added in both places or the type
 * check fails.
 */
export const CONTENT_COMPONENT_NAMES = ['Chart', 'Claim', 'Figure', 'Map'] as const;

/** The name of a content component. */
export type ContentComponentName = (typeof CONTENT_COMPONENT_NAMES)[number];
