import Chart from './Chart.astro';
import Claim from './Claim.astro';
import Figure from './Figure.astro';
import PlacesMapComponent from './Map.astro';

/**
 * The components an MDX page may place without an import line: the article
 * layout hands them to every page's `<Content components={…} />`. Documented
 * for editors in CONTRIBUTING.md; a `.md` page ignores them. (The map is
 * imported under another name so this module keeps the global `Map`.)
 */
export const contentComponents = { Chart, Claim, Figure, Map: PlacesMapComponent } as const;
