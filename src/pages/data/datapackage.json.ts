import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/collections/data-package-build';

/** The Frictionless Data Package that describes every data file under /data/. */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('astro.config.mjs must set "site" for the data package.');
	return new Response(`${JSON.stringify(await dataPackage(site), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
