import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../../i18n/ui';
import { chartCsv, chartDownloads, chartReadme, type ChartDownload } from '../../../lib/collections/chart-open-data';

/** Each chart's download: `/data/charts/<id>.csv` and `/data/charts/<id>-README.txt`. */
export const getStaticPaths = (async () =>
	(await chartDownloads()).flatMap((download) => [
		{ params: { file: `${download.chart.id}.csv` }, props: { download, kind: 'csv' as const } },
		{ params: { file: `${download.chart.id}-README.txt` }, props: { download, kind: 'readme' as const } },
	])) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: ChartDownload; kind: 'csv' | 'readme' }> = ({ props, site }) => {
	if (!site) throw new Error('astro.config.mjs must set "site" for the chart downloads.');
	return props.kind === 'csv'
		? new Response(chartCsv(props.download), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
		: new Response(chartReadme(props.download, site, useTranslations('en')('site.name')), {
				headers: { 'Content-Type': 'text/plain; charset=utf-8' },
			});
};
