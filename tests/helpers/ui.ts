import { useTranslations } from '../../src/i18n/ui';

/**
 * The site's UI words in each language, from the dictionaries the pages are built with: browser
 * tests find buttons, links and messages by these, so a reworded label changes the test with it.
 * `ui.en('search.empty', { q: 'crab' })` → `No results for “crab”.`
 */
export const ui = { id: useTranslations('id'), en: useTranslations('en') };
