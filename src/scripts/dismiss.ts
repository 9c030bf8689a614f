/**
 * What a reader can dismiss without moving the pointer or focus, on every page, in one small module
 * (each module is one more request on a slow link, within the 2.1 KB before-interaction budget):
 *
 * - A glossary definition shown while its term is hovered or focused (WCAG 1.4.13): Escape hides the
 *   definitions showing now; the next hover or focus of that term shows its definition again.
 * - The open menu, a `<details>` that works without script: Escape closes it and gives the focus back
 *   to "Menu"; a tap outside it closes it, so it never covers the page the reader went back to.
 */
const DISMISSED = 'glossary-term--dismissed';
const menu = document.querySelector<HTMLDetailsElement>('.nav-menu');

document.addEventListener('keydown', (event) => {
	// An Escape already handled (the search dialog closing itself) is not the menu's or a term's.
	if (event.key !== 'Escape' || event.defaultPrevented) return;
	for (const term of document.querySelectorAll('.glossary-term:hover, .glossary-term:focus-within')) {
		term.classList.add(DISMISSED);
		const show = (): void => term.classList.remove(DISMISSED);
		term.addEventListener('mouseenter', show, { once: true });
		term.addEventListener('focusin', show, { once: true });
	}
	if (menu?.open) {
		menu.open = false;
		menu.querySelector('summary')?.focus();
	}
});

document.addEventListener('pointerdown', (event) => {
	if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
});
