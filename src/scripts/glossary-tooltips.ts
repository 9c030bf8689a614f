/**
 * WCAG 1.4.13 (content on hover or focus): a definition that appears while a
 * glossary term is hovered or focused must be dismissible without moving the
 * pointer or focus. Esc hides the definitions showing now; the next hover or
 * focus of that term shows its definition again.
 */
const DISMISSED = 'glossary-term--dismissed';

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const term of document.querySelectorAll('.glossary-term:hover, .glossary-term:focus-within')) {
		term.classList.add(DISMISSED);
		const show = (): void => term.classList.remove(DISMISSED);
		term.addEventListener('mouseenter', show, { once: true });
		term.addEventListener('focusin', show, { once: true });
	}
});
