import { OFFLINE_ATTRIBUTE } from './shared';

/**
 * Turns a not-found page into the offline page, as the worker serves it for
 * a page that is not on the device: marks `<html>` with `data-offline` (which
 * shows the offline text and the list of saved pages, and hides the
 * not-found text), and puts the heading's offline wording, carried in its
 * `data-offline-title`, in the heading and the document title.
 */
export function asOfflinePage(html: string): string {
	const marked = html.replace(/<html\b/, `<html ${OFFLINE_ATTRIBUTE}`);
	const heading = /<h1 data-offline-title="([^"]*)">([^<]*)<\/h1>/.exec(marked);
	if (!heading) return marked;
	const [whole, offline = '', online = ''] = heading;
	return marked.replace(whole, `<h1>${offline}</h1>`).replace(`<title>${online}`, `<title>${offline}`);
}
