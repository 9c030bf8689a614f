/**
 * The texts of the share links. Pure functions: the page builds the links with its canonical
 * address, and its script builds them again with the address the reader is on.
 */

/**
 * The first sentence of a summary: up to the first `.`, `!` or `?` that ends the text or is
 * followed by a space and a capital, digit or opening quote. Decimal points (`1,5`/`1.5`) and
 * abbreviations followed by lowercase (`No. 3` is followed by a digit, so it does end a sentence
 * only if the next word starts one) keep the sentence going as far as this simple rule can tell.
 */
export function firstSentence(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const end = /[.!?…](?=\s+[\p{Lu}“"‘(]|$)/u.exec(flat);
	return end ? flat.slice(0, end.index + 1) : flat;
}

/** The WhatsApp message: the title, the summary's first sentence, and the link, one per line. */
export function whatsappText(title: string, summary: string, url: string): string {
	return [title, firstSentence(summary), url].filter(Boolean).join('\n\n');
}

/** A WhatsApp share link that opens the app (or its web page) with the message filled in. */
export function whatsappHref(title: string, summary: string, url: string): string {
	return `https://wa.me/?text=${encodeURIComponent(whatsappText(title, summary, url))}`;
}

/**
 * A `mailto:` link with the title as subject and the link as body. The summary is left out: it
 * would be sent with every page again (the offline copy keeps up to 30 pages within 2 MB).
 */
export function emailHref(title: string, url: string): string {
	return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`;
}

/**
 * A link built with one page address, rewritten to carry another. Every link that leaves the site
 * encodes the address with `encodeURIComponent`, so one replacement fixes them all; the page's
 * script does the same inline.
 */
export function retarget(href: string, from: string, to: string): string {
	return from === to ? href : href.split(encodeURIComponent(from)).join(encodeURIComponent(to));
}
