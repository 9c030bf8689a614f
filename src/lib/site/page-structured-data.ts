import { homePath, url } from '../../i18n/urls';
import { claimReviews } from './rating-views';
import { useTranslations } from '../../i18n/ui';
import { DATA_LICENCE } from '../open-data/open-data';
import { dataFileUrl, openDataCatalogue } from '../collections/open-data-collections';
import type { RegistryPartRoute } from './registry-routes';
import { getRoutes, type PageRoute } from '../collections/page-routes';
import {
	articleLd,
	breadcrumbLd,
	datasetLd,
	faqFromMarkdown,
	faqLd,
	websiteLd,
	type JsonLd,
	type PageFacts,
} from './structured-data';

/**
 * The JSON-LD nodes of one page: an Article (the home page: a WebSite), its
 * breadcrumbs, an FAQPage on the FAQ page and one Dataset per published
 * dataset on the open data page (chosen by template, not by file name).
 */
export async function pageStructuredData(route: PageRoute, site: URL): Promise<JsonLd[]> {
	const t = useTranslations(route.locale);
	const absolute = (path: string) => new URL(url(path), site).href;
	const { data } = route.entry;
	const page: PageFacts = {
		locale: route.locale,
		title: data.title,
		description: data.description,
		url: absolute(route.path),
		updated: data.updated,
		siteName: t('site.name'),
		siteUrl: absolute(homePath(route.locale)),
	};
	const isHome = route.path === homePath(route.locale);
	if (isHome) return [websiteLd(page)];

	const trail = [{ name: t('nav.home'), url: page.siteUrl }];
	if (route.collection === 'commodities') {
		const overview = (await getRoutes()).find(
			(other) => other.collection === 'pages' && other.key === 'commodities' && other.locale === route.locale,
		);
		if (overview)
			trail.push({ name: overview.entry.data.navTitle ?? overview.entry.data.title, url: absolute(overview.path) });
	}
	trail.push({ name: data.navTitle ?? data.title, url: page.url });
	const nodes = [articleLd(page), breadcrumbLd(trail)];

	if (route.collection === 'pages' && route.key === 'faq') {
		const pairs = faqFromMarkdown(route.entry.body ?? '');
		if (pairs.length > 0) nodes.push(faqLd(pairs, route.locale));
	}
	if (route.collection === 'pages' && route.entry.data.template === 'open-data') {
		for (const { dataset, files, citation } of await openDataCatalogue(site, page.siteName)) {
			nodes.push(
				datasetLd({
					name: dataset.title[route.locale],
					description: dataset.description[route.locale],
					url: `${page.url}#dataset-${dataset.name}`,
					locale: route.locale,
					siteName: page.siteName,
					siteUrl: page.siteUrl,
					license: DATA_LICENCE.url,
					citation: citation[route.locale],
					downloads: files.map((file) => ({ format: file.format, url: dataFileUrl(site, dataset.name, file.format) })),
					fields: dataset.fields.map((field) => field.name),
				}),
			);
		}
	}
	if (route.collection === 'pages' && route.entry.data.template === 'fact-checks')
		nodes.push(...(await claimReviews(route.locale, site)));
	return nodes;
}

/**
 * The JSON-LD nodes of a part of the source list: an Article, and breadcrumbs
 * from the home page through the sources page to the part.
 */
export function registryPartStructuredData(route: RegistryPartRoute, site: URL): JsonLd[] {
	const t = useTranslations(route.locale);
	const absolute = (path: string) => new URL(url(path), site).href;
	const parent = route.parent.entry.data;
	const page: PageFacts = {
		locale: route.locale,
		title: route.title,
		description: route.description,
		url: absolute(route.path),
		updated: parent.updated,
		siteName: t('site.name'),
		siteUrl: absolute(homePath(route.locale)),
	};
	const trail = [
		{ name: t('nav.home'), url: page.siteUrl },
		{ name: parent.navTitle ?? parent.title, url: absolute(route.parent.path) },
		{ name: route.label, url: page.url },
	];
	return [articleLd(page), breadcrumbLd(trail)];
}
