import type { Locale } from '../../i18n/locales';

/**
 * Reads the language of a content file from its folder (`…/pages/en/x.md` is
 * English). Throws with the path when the file is not under `id/` or `en/`,
 * since every page must say which language it is in.
 */
export function localeOfContentFile(path: string): Locale {
	const match = /[\\/](id|en)[\\/][^\\/]+$/.exec(path) ?? /[\\/](id|en)[\\/]/.exec(path);
	if (!match?.[1]) throw new Error(`${path}: put this file in an "id/" or "en/" folder so its language is known.`);
	return match[1] as Locale;
}
