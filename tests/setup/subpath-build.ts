import { subpathDirs } from '../helpers/subpath';
import { subpathBuilds } from './subpath-builds';

/**
 * Vitest global setup of the browser project: the one clean sub-path build its tests serve
 * (`dist-subpath/`). The second, compared with it for determinism, is the build project's
 * (`tests/setup/subpath-builds.ts`); in a whole run that project's setup runs first and makes both.
 */
export default function setup(): Promise<void> {
	return subpathBuilds(subpathDirs.slice(0, 1));
}
