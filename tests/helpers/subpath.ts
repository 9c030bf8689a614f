import { join } from 'node:path';

/** The sub-path the hosting tests build and serve under. */
export const SUBPATH_BASE = '/sinergi-kalimantan/';

/** The two clean sub-path builds made by tests/setup/subpath-builds.ts: served, and compared for determinism. */
export const subpathDirs = [join(process.cwd(), 'dist-subpath'), join(process.cwd(), 'dist-subpath-again')] as const;
