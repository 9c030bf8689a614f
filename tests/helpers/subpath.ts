import { join } from 'node:path';

/** The sub-path the hosting tests build and serve under. */
export const SUBPATH_BASE = '/sinergi-kalimantan/';

/**
 * The origin the sub-path builds are made for (`SITE_URL`): a host as readers would have it, so the
 * build test can check that no address in them points at the placeholder origin.
 */
export const SUBPATH_SITE = 'https://kalimantan.test/';

/** The two clean sub-path builds made by tests/setup/subpath-builds.ts: served, and compared for determinism. */
export const subpathDirs = [join(process.cwd(), 'dist-subpath'), join(process.cwd(), 'dist-subpath-again')] as const;
