import { places } from '../../data/places';
import { borneoMap, type BorneoMap } from '../map/borneo-map';
import { sourceSummaries, type SourceSummary } from './source-lookup';

/** What the map template shows: the projected map and the sources of the places' "why it matters". */
export interface PlacesMapData {
	map: BorneoMap;
	sources: Record<string, SourceSummary>;
}

let cache: Promise<PlacesMapData> | undefined;

/** The map of `src/data/places.ts`, projected once per build (both languages share it). */
export function placesMapData(): Promise<PlacesMapData> {
	cache ??= (async () => ({
		map: borneoMap(places),
		sources: await sourceSummaries(
			places.flatMap((place) => place.sources),
			'src/data/places.ts',
		),
	}))();
	return cache;
}
