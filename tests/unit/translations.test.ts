import { describe, expect, it } from 'vitest';
import { isLocale, otherLocale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { en } from '../../src/i18n/ui/en';
import { id } from '../../src/i18n/ui/id';

// That both dictionaries have the same keys is a type (`en: Record<UiKey, string>`), checked by `npm run check`.
describe('UI dictionaries', () => {
	it('have no empty strings', () => {
		for (const [key, value] of [...Object.entries(id), ...Object.entries(en)]) {
			expect(value.trim(), key).not.toBe('');
		}
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(id) as (keyof typeof id)[]) {
			expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
		}
	});
});

describe('useTranslations', () => {
	it('returns the string in the requested language', () => {
		expect(useTranslations('id')('summary.heading')).toBe('Ringkasan');
		expect(useTranslations('en')('summary.heading')).toBe('In short');
	});

	it('fills placeholders', () => {
		expect(useTranslations('id')('footnotes.backLabel', { n: 3 })).toBe('Kembali ke rujukan 3');
		expect(useTranslations('en')('footnotes.backLabel', { n: '2-1' })).toBe('Back to reference 2-1');
	});

	it('refuses to leave a placeholder empty', () => {
		expect(() => useTranslations('en')('footnotes.backLabel')).toThrow(/needs a value for \{n\}/);
	});
});

describe('locales', () => {
	it('knows its two languages', () => {
		expect(isLocale('id')).toBe(true);
		expect(isLocale('fr')).toBe(false);
		expect(otherLocale('id')).toBe('en');
		expect(otherLocale('en')).toBe('id');
	});
});
