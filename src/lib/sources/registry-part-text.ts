import type { Locale } from '../../i18n/locales';
import { useTranslations, type Translate } from '../../i18n/ui';
import { formatPartialDate } from '../schemas/dates';
import { dateSpan, registryGroupKinds, type RegistryPart } from './registry-parts';

/** What a reader is told about a part of the source list, in one language. */
export interface RegistryPartText {
	/** The part's name: `Berita, bagian 2 dari 3`; just the group's name when the group has one part. */
	label: string;
	/** Its short name in the site's menu, under the sources page: `Berita 2`, `Resmi & rujukan`. */
	navLabel: string;
	/** What it lists: `32 sumber, 7 Agustus 2025 sampai 12 Januari 2026`, with the count of each kind when the group has several. */
	detail: string;
	title: string;
	description: string;
	summary: string;
}

/** The dates a part spans, for readers: `3 Mei 2011 sampai 7 Agustus 2025, 2 tanpa tanggal`. */
function spanText(part: RegistryPart, locale: Locale, t: Translate): string {
	const span = dateSpan(part.sources);
	if (span.first === undefined || span.last === undefined) return t('registry.allUndated');
	const first = formatPartialDate(span.first, locale);
	const last = formatPartialDate(span.last, locale);
	const dates = first === last ? first : t('registry.span', { first, last });
	return span.undated > 0 ? t('registry.spanUndated', { dates, n: span.undated }) : dates;
}

/** How many sources a part lists, and the dates they span; per kind too when its group lists several kinds. */
function detailText(part: RegistryPart, locale: Locale, t: Translate): string {
	const size = part.sources.length === 1 ? t('registry.sizeOne') : t('registry.size', { n: part.sources.length });
	const span = spanText(part, locale, t);
	const kinds = registryGroupKinds[part.group];
	if (kinds.length === 1) return t('registry.detail', { size, span });
	const counts = kinds
		.map((kind) => ({ kind, n: part.sources.filter((source) => source.kind === kind).length }))
		.filter(({ n }) => n > 0)
		.map(({ kind, n }) => t('registry.kindCount', { n, kind: t(`sources.kind.${kind}`) }));
	return t('registry.detailKinds', { size, kinds: counts.join(', '), span });
}

/** The name, title, description and summary of a part's page in one language; `total` is how many parts the list has. */
export function registryPartText(part: RegistryPart, total: number, locale: Locale): RegistryPartText {
	const t = useTranslations(locale);
	const group = t(`registry.group.${part.group}`);
	const label = part.of > 1 ? t('registry.partLabel', { group, number: part.number, of: part.of }) : group;
	const detail = detailText(part, locale, t);
	const navGroup = t(`registry.navGroup.${part.group}`);
	return {
		label,
		navLabel: part.of > 1 ? t('registry.navPart', { group: navGroup, number: part.number }) : navGroup,
		detail,
		title: t('registry.partTitle', { label }),
		description: t('registry.partDescription', { label }),
		summary: t('registry.partSummary', { total, detail }),
	};
}
