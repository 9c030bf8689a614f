import { formatNumber, numberMarks } from '../../i18n/formats';
import type { Locale } from '../../i18n/locales';
import { useTranslations, type UiKey } from '../../i18n/ui';
import { formatPartialDate } from '../schemas/dates';

/** An exchange rate the site converts rupiah with, and where it is reported. */
export interface ExchangeRate {
	/** Rupiah per US dollar. */
	readonly rupiahPerDollar: number;
	/** The day the rate was published (YYYY-MM-DD). */
	readonly date: string;
	/** The registry entry (`src/content/sources.yaml`) that reports the rate. */
	readonly source: string;
}

/**
 * The one exchange rate the site converts rupiah with: Bank Indonesia's JISDOR
 * reference rate of a stated day. Change it here and every converted figure on
 * every page changes with its date (astro.config.mjs hands it to the Markdown
 * plugin as an option, so a new rate also clears Astro's cache of rendered
 * pages); `source` is the registry entry that reports the rate, cited wherever
 * a conversion appears.
 */
export const JISDOR: ExchangeRate = {
	rupiahPerDollar: 16_767,
	date: '2025-12-24',
	source: 'jisdor-2025-12-24',
};

/** Scales with a word, largest first; the words are in the dictionaries ("miliar" and "billion" are both 10⁹). */
const SCALES: readonly (readonly [number, UiKey])[] = [
	[1e12, 'money.scale.trillion'],
	[1e9, 'money.scale.billion'],
	[1e6, 'money.scale.million'],
];

/**
 * Formats a dollar amount to three significant digits, with a scale word from
 * a million up: `US$52.7 billion`, `US$52,7 miliar`; smaller amounts in full
 * digits, `US$5,840` / `US$5.840`. The amount is rounded before the scale is
 * chosen, so 999.6 million reads `US$1 billion`, not `US$1,000 million`.
 */
export function formatDollars(dollars: number, locale: Locale): string {
	if (!Number.isFinite(dollars) || dollars < 0) throw new Error(`"${dollars}" is not a dollar amount.`);
	const rounded = Number(dollars.toPrecision(3));
	const [divisor, word] = SCALES.find(([size]) => rounded >= size) ?? [1, undefined];
	const digits = formatNumber(rounded / divisor, locale, 'significant');
	return `US$${digits}${word ? ` ${useTranslations(locale)(word)}` : ''}`;
}

/**
 * The text shown after a rupiah figure: `about US$59.6 million at the JISDOR
 * rate of 24 December 2025`, in the page's language. Throws on an amount that
 * is not a positive number, naming it.
 */
export function dollarEquivalent(rupiah: number, locale: Locale, rate: ExchangeRate = JISDOR): string {
	if (!Number.isFinite(rupiah) || rupiah <= 0)
		throw new Error(`"${rupiah}" is not an amount in rupiah: write digits only, e.g. idr:28000000000 for Rp28 miliar.`);
	const dollars = formatDollars(rupiah / rate.rupiahPerDollar, locale);
	const date = formatPartialDate(rate.date, locale);
	return useTranslations(locale)('money.dollarEquivalent', { dollars, date });
}

/** Rupiah scale words in both languages (a page may quote the other language's word). */
const RUPIAH_SCALES: Record<string, number> = {
	triliun: 1e12,
	trillion: 1e12,
	miliar: 1e9,
	billion: 1e9,
	juta: 1e6,
	million: 1e6,
	ribu: 1e3,
	thousand: 1e3,
};

/** A rupiah figure as written: `Rp858,43 triliun`, `Rp 1 trillion`, `Rp11.000`. */
const FIGURE = /Rp\s?(\d[\d.,]*)(?:\s+(triliun|trillion|miliar|billion|juta|million|ribu|thousand)\b)?/i;

/**
 * The amount a rupiah figure as written stands for, read with the page's
 * decimal mark (`Rp858,43 triliun` in Indonesian, `Rp858.43 trillion` in
 * English), or undefined when the text holds no such figure. Lets the build
 * check that the digits after `idr:` say the same as the figure the reader sees.
 */
export function rupiahOfFigure(text: string, locale: Locale): number | undefined {
	const match = FIGURE.exec(text);
	if (!match?.[1]) return undefined;
	const { group, decimal } = numberMarks(locale);
	const digits = match[1].replace(/[.,]$/, '').split(group).join('').replace(decimal, '.');
	const number = Number(digits);
	if (!Number.isFinite(number)) return undefined;
	return number * (match[2] ? (RUPIAH_SCALES[match[2].toLowerCase()] ?? 1) : 1);
}
