/**
 * Pages of the URL map that are being written but are not on the site yet.
 * A link to one of these is reported as a warning by the link check instead
 * of failing the build, so content can link to its planned neighbours.
 * Delete a line when its page lands (the build warns when a listed page
 * exists); any other missing page still fails the build.
 */
export const pendingPages: readonly string[] = [
	'/cari/',
	'/en/search/',
	'/data-terbuka/',
	'/en/open-data/',
	'/pembaruan/',
	'/en/updates/',
];
