import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/locales';
import { searchDialogText } from '../../lib/search/search-dialog-text';

/** The header search dialog's text, one file per language: `/search-dialog/id.json`, `/search-dialog/en.json`. */
export const getStaticPaths = (() =>
	locales.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
	new Response(JSON.stringify(await searchDialogText(props.locale)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
