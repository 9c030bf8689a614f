import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { homePath, localePath, url } from '../../i18n/urls';
import { appIcons } from './app-icons';

/** The colours of the installed app: the favicon's green (`--color-green`) and the page background (`--color-bg`). */
const THEME_COLOR = '#1f6b3a';
const BACKGROUND_COLOR = '#ffffff';

/** Where a language's web app manifest is, site-relative: `/manifest.webmanifest`, `/en/manifest.webmanifest`. */
export function webManifestPath(locale: Locale): string {
	return `${localePath(locale, '')}manifest.webmanifest`;
}

/**
 * A language's web app manifest, so that "Add to home screen" opens the site
 * in that language: its own id and start URL (the language's home page), the
 * whole site as scope (the language switch stays in the app), names in the
 * language, and the icons rendered from the favicon (the 512 px one doubles as
 * the maskable icon: its letters lie inside the safe zone, its colours reach
 * the edges).
 */
export function webManifest(locale: Locale): Record<string, unknown> {
	const t = useTranslations(locale);
	const start = url(homePath(locale));
	const icon = (file: 'icons/icon-192.png' | 'icons/icon-512.png', purpose: string) => ({
		src: url(`/${file}`),
		sizes: `${appIcons[file]}x${appIcons[file]}`,
		type: 'image/png',
		purpose,
	});
	return {
		id: start,
		name: t('site.name'),
		short_name: t('app.shortName'),
		description: t('site.tagline'),
		lang: locale,
		dir: 'ltr',
		start_url: start,
		scope: url('/'),
		display: 'standalone',
		theme_color: THEME_COLOR,
		background_color: BACKGROUND_COLOR,
		icons: [
			icon('icons/icon-192.png', 'any'),
			icon('icons/icon-512.png', 'any'),
			icon('icons/icon-512.png', 'maskable'),
		],
	};
}
