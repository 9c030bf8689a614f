import type { APIRoute } from 'astro';
import { places } from '../../data/places';
import { placesMapData } from '../../lib/collections/places-map';
import { placesGeoJson } from '../../lib/collections/places-geojson';

/** The map's places with their sources, as GeoJSON. */
export const GET: APIRoute = async () =>
	new Response(placesGeoJson(places, (await placesMapData()).sources), {
		headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
	});
