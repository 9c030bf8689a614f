import Chart from './Chart.astro';
import Claim from './Claim.astro';
import Figure from './Figure.astro';
import PlacesMapComponent from './Map.astro';
import type { ContentComponentName } from '../../lib/markdown/content-component-names';

/**
 * The components an MDX page may place without an import line: the article
 * layout hands them to every page's `<Content components={…} />`. Documented
 * for editors in CONTRIBUTING.md; a `.md` page ignores them. (The map is
 * imported under another name so this module keeps the global `Map`.)
 * Typed by `CONTENT_COMPONENT_NAMES`: a component added here must be named there too (the type check fails
 * otherwise), so the build's check of unknown tags knows it.
 */
export const contentComponents: Readonly<Record<ContentComponentName, unknown>> = {
	Chart,
	Claim,
	Figure,
	Map: PlacesMapComponent,
};
