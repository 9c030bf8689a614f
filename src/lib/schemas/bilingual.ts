import type { Locale } from '../../i18n/locales';

/** Text in both languages, side by side (the shape of `bilingual` in the schemas). */
export type Bilingual = Record<Locale, string>;
