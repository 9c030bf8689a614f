import type { APIRoute, GetStaticPaths } from 'astro';
import { useTranslations } from '../../i18n/ui';
import { dataFormats, datasetNames, type DataFormat, type DatasetName } from '../../lib/open-data/open-data';
import { dataFileBody } from '../../lib/collections/open-data-collections';

/** One file per dataset and format: `/data/commodities.json`, `/data/commodities.csv`, … (both languages in each). */
export const getStaticPaths = (() =>
	datasetNames.flatMap((name) =>
		dataFormats.map((format) => ({ params: { file: `${name}.${format}` }, props: { name, format } })),
	)) satisfies GetStaticPaths;

const contentTypes: Record<DataFormat, string> = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
};

export const GET: APIRoute<{ name: DatasetName; format: DataFormat }> = async ({ props, site }) => {
	if (!site) throw new Error('astro.config.mjs must set "site" for the open data files.');
	const body = await dataFileBody(site, useTranslations('en')('site.name'), props.name, props.format);
	return new Response(body, { headers: { 'Content-Type': contentTypes[props.format] } });
};
