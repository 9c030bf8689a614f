import type { Place } from '../../data/places';
import type { SourceSummary } from './source-lookup';

/** Where the places' GeoJSON is published, site-relative. */
export const PLACES_GEOJSON_PATH = '/data/places.geojson';

/**
 * The map's places as a GeoJSON FeatureCollection (RFC 7946: WGS 84, longitude
 * first): one Point per place with its name, why it matters in both languages,
 * the registry ids and article URLs of its sources, and where its coordinates
 * were read. Throws naming the place when a source is missing from `sources`.
 */
export function placesGeoJson(places: readonly Place[], sources: Record<string, SourceSummary>): string {
	const features = places.map((place, index) => ({
		type: 'Feature' as const,
		id: place.key,
		geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
		properties: {
			number: index + 1,
			key: place.key,
			name: place.name,
			why_id: place.why.id,
			why_en: place.why.en,
			source_ids: [...place.sources],
			source_urls: place.sources.map((id) => {
				const source = sources[id];
				if (!source) throw new Error(`src/data/places.ts: "${place.key}" cites "${id}", which is not in the registry.`);
				return source.url;
			}),
			coordinates_from: place.coordinates.title,
			coordinates_url: place.coordinates.url,
			precision: 'about 1 km (0.01 degree); a locator, not for navigation',
		},
	}));
	return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
