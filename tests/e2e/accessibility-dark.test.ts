import { assertBuilt } from '../helpers/dist';
import { axeEveryPage, COLOUR_RULES } from '../helpers/axe';
import { view } from '../helpers/matrix';

assertBuilt();

// The rules that depend on colours, in dark mode; every other rule ran in light mode (accessibility.test.ts).
axeEveryPage([{ combination: view('dark', 'desktop'), rules: COLOUR_RULES }]);
