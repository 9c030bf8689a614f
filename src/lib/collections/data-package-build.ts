import { url } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { places } from '../../data/places';
import { placesMapData } from './places-map';
import { placesGeoJson } from './places-geojson';
import { csvResource, plainResource, type DataPackage } from '../open-data/data-package';
import { DATA_LICENCE, dataFormats } from '../open-data/open-data';
import { chartCsv, chartDownloads, chartReadme } from './chart-open-data';
import { dataFileBody, loadDatasets } from './open-data-collections';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The site's Frictionless Data Package: every published data file (the four
 * datasets as CSV and JSON, each chart's CSV and README, the places' GeoJSON)
 * with its columns, their types, units and currencies, and the licence. Paths
 * are relative to `/data/datapackage.json`. Sizes are measured on the bytes the
 * endpoints serve.
 */
export async function dataPackage(site: URL): Promise<DataPackage> {
	const siteName = useTranslations('en')('site.name');
	const datasets = await loadDatasets(site);
	const datasetResources = await Promise.all(
		datasets.flatMap((dataset) =>
			dataFormats.map(async (format) => {
				const body = await dataFileBody(site, siteName, dataset.name, format);
				return format === 'csv'
					? csvResource(
							dataset.name,
							`${dataset.name}.csv`,
							dataset.title.en,
							dataset.description.en,
							bytes(body),
							dataset.fields,
						)
					: plainResource(
							`${dataset.name}-json`,
							`${dataset.name}.json`,
							dataset.title.en,
							`${dataset.description.en} The same records as the CSV, with the field list and a citation.`,
							bytes(body),
							'json',
						);
			}),
		),
	);
	const charts = await chartDownloads();
	const chartResources = charts.flatMap((download) => [
		csvResource(
			`chart-${download.chart.id}`,
			`charts/${download.chart.id}.csv`,
			download.chart.title.en,
			`The figures of the chart "${download.chart.title.en}": ${download.chart.subtitle.en} Unit: ${download.chart.unit.en}. Period: ${download.chart.period.en}.`,
			bytes(chartCsv(download)),
			download.fields,
		),
		plainResource(
			`chart-${download.chart.id}-readme`,
			`charts/${download.chart.id}-README.txt`,
			`${download.chart.title.en}: README`,
			'Unit, period, sources with URLs, how to cite and what to know about the figures, in both languages.',
			bytes(chartReadme(download, site, siteName)),
			'txt',
		),
	]);
	const geojson = placesGeoJson(places, (await placesMapData()).sources);
	return {
		profile: 'tabular-data-package',
		name: 'sinergi-kalimantan',
		title: `${siteName}: open data`,
		description:
			'The data behind the site on the Kaltim–Kaltara joint agreement of 7 August 2025: commodities, glossary, source registry, timeline, the figures of each chart and the places on the map. Every figure names the registry id and URL of its source.',
		homepage: new URL(url('/'), site).href,
		licenses: [{ name: 'CC-BY-4.0', path: DATA_LICENCE.url, title: 'Creative Commons Attribution 4.0' }],
		contributors: [{ title: siteName, role: 'publisher' }],
		resources: [
			...datasetResources,
			...chartResources,
			plainResource(
				'places',
				'places.geojson',
				'Places on the map',
				'The places on the map (WGS 84 points) with why each matters, in both languages, and the registry ids and URLs of its sources.',
				bytes(geojson),
				'geojson',
			),
		],
	};
}
