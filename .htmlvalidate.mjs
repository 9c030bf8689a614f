// html-validate configuration for the built pages (tests/build/html-validity.test.ts).
// The recommended and full-document presets, with three rules changed:
export default {
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// Subresource integrity protects files fetched from other origins. The site loads
		// nothing from another origin (the privacy test enforces it), and its own
		// fingerprinted files are covered by the Content Security Policy; so require an
		// "integrity" attribute only on cross-origin resources, where it matters.
		'require-sri': ['error', { target: 'crossorigin' }],
		// A search-engine heuristic, not HTML validity: every <title> is the page title plus
		// " — Sinergi Kalimantan", and precise English titles of the trade pages run past 70
		// characters. Engines shorten long titles on their own; readers lose nothing. Title
		// length stays an editorial decision (the description limit is in the content schema).
		'long-title': 'off',
		// The search page's filters are checkboxes that share a name, so that several values
		// travel as ?topic=a&topic=b, which is how HTML forms send multiple choices.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
	},
};
