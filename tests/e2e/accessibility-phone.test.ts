import { assertBuilt } from '../helpers/dist';
import { axeEveryPage, COLOUR_RULES, LAYOUT_RULES } from '../helpers/axe';
import { view } from '../helpers/matrix';

assertBuilt();

// The rules that depend on the layout on a 360-px phone, in both colour schemes (in dark with the colour rules too).
axeEveryPage([
	{ combination: view('light', 'phone'), rules: LAYOUT_RULES },
	{ combination: view('dark', 'phone'), rules: [...new Set([...LAYOUT_RULES, ...COLOUR_RULES])] },
]);
