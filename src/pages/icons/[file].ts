import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcons, renderIcon } from '../../lib/share/app-icons';

/** `/icons/icon-192.png` and `/icons/icon-512.png`, rendered from the favicon. */
export const getStaticPaths = (() =>
	Object.entries(appIcons)
		.filter(([file]) => file.startsWith('icons/'))
		.map(([file, size]) => ({
			params: { file: file.slice('icons/'.length) },
			props: { size },
		}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ size: number }> = ({ props }) =>
	new Response(new Uint8Array(renderIcon(props.size)), { headers: { 'Content-Type': 'image/png' } });
