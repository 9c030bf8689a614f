import { assertBuilt } from '../helpers/dist';
import { axeEveryPage } from '../helpers/axe';
import { view } from '../helpers/matrix';

assertBuilt();

// Every WCAG rule, once per page. The rules that depend on the colour scheme or the screen size run
// again in accessibility-dark.test.ts and accessibility-phone.test.ts, files vitest runs in parallel.
axeEveryPage([{ combination: view('light', 'desktop'), rules: 'all WCAG rules' }]);
