import { describe, expect, it } from 'vitest';
import { dateFormat, displayNames, numberFormat } from '../../../src/core/intl-format.js';
import { CostFormat } from '../../../src/components/cost-calculator/format.js';

describe('numberFormat', () => {
  it('builds one formatter per locale and options, and reuses it', () => {
    const a = numberFormat('nl-BE', { style: 'currency', currency: 'EUR' });
    expect(numberFormat('nl-BE', { style: 'currency', currency: 'EUR' })).toBe(a);
    expect(numberFormat('fr-BE', { style: 'currency', currency: 'EUR' })).not.toBe(a);
    expect(numberFormat('nl-BE', { style: 'currency', currency: 'USD' })).not.toBe(a);
    expect(a.format(1234.5).replace(/\s/g, ' ')).toBe('€ 1.234,50');
  });
});

describe('dateFormat, displayNames', () => {
  it('are cached the same way, per kind, locale and options', () => {
    const long = dateFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
    expect(dateFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' })).toBe(long);
    expect(dateFormat('nl-BE', { dateStyle: 'short', timeZone: 'UTC' })).not.toBe(long);
    expect(long.format(new Date('2026-12-06T10:00:00Z'))).toBe('6 december 2026');
    const languages = displayNames('fr-BE', { type: 'language' });
    expect(displayNames('fr-BE', { type: 'language' })).toBe(languages);
    expect(displayNames('nl-BE', { type: 'language' })).not.toBe(languages);
    expect(languages.of('nl')).toBe('néerlandais');
  });

  it('never hands a formatter of one kind out as another for the same locale and options', () => {
    expect(numberFormat('en', {})).toBeInstanceOf(Intl.NumberFormat);
    expect(dateFormat('en', {})).toBeInstanceOf(Intl.DateTimeFormat);
    expect(displayNames('en', { type: 'language' })).toBeInstanceOf(Intl.DisplayNames);
  });
});

describe('CostFormat', () => {
  const f = new CostFormat('nl-BE');
  const plain = (text: string) => text.replace(/\s/g, ' ');
  it('writes cents with two decimals, whole amounts in sentences without them, and totals from EUR 1,000 in whole euros', () => {
    expect(plain(f.money(13_750))).toBe('€ 137,50');
    expect(plain(f.amount(62_800))).toBe('€ 628');
    expect(plain(f.amount(62_850))).toBe('€ 628,50');
    expect(plain(f.total(8_250_049))).toBe('€ 82.500');
    expect(plain(f.total(99_999))).toBe('€ 999,99');
    expect(f.number(2.5)).toBe('2,5');
    expect(f.percent(21)).toBe('21%');
  });
});
