import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decimalSeparator,
  divFloor,
  divRound,
  parseDecimal,
  scaledToString,
  toScaled,
  type Decimal,
} from '../../../src/components/cost-calculator/decimal.js';

/** Parses and scales to cents, or returns the error code. */
const cents = (text: string, locale = 'nl-BE') => {
  const parsed = parseDecimal(text, locale);
  return typeof parsed === 'string' ? parsed : toScaled(parsed, 2);
};

describe('parseDecimal: how people type numbers in nl-BE, fr-BE and English', () => {
  it.each([
    ['550', 'nl-BE', 55000],
    ['549,99', 'nl-BE', 54999],
    ['549.99', 'nl-BE', 54999],
    ['1.234,56', 'nl-BE', 123456],
    ['1,234.56', 'nl-BE', 123456],
    ['1 234,56', 'fr-BE', 123456],
    ['1\u202f234,56\u00a0€', 'fr-BE', 123456],
    ['€ 1.234,56', 'nl-BE', 123456],
    ['EUR 500', 'nl-BE', 50000],
    ['500 euro', 'nl-BE', 50000],
    ['500 EUR', 'en', 50000],
    ['€1,234.50', 'en', 123450],
    ['550,-', 'nl-BE', 55000],
    ['  19,5  ', 'nl-BE', 1950],
    [',5', 'nl-BE', 50],
    ['5,', 'nl-BE', 500],
    ['1.234.567', 'nl-BE', 123456700],
    ['1,234,567', 'en', 123456700],
    ['0.500', 'nl-BE', 50],
    ["1'234.5", 'en', 123450],
    ['００７', 'nl-BE', 700],
  ])('"%s" in %s is %i cents', (text, locale, expected) => {
    expect(cents(text, locale)).toBe(expected);
  });

  it('reads an ambiguous "1.500" as the locale writes it: 1500 in nl-BE and fr-BE, 1.5 in English', () => {
    expect(cents('1.500', 'nl-BE')).toBe(150000);
    expect(cents('1.500', 'fr-BE')).toBe(150000);
    expect(cents('1.500', 'en')).toBe(150);
    expect(cents('1,500', 'nl-BE')).toBe(150);
    expect(cents('1,500', 'en')).toBe(150000);
  });

  it('keeps the sign so the form can say a value may not be negative', () => {
    expect(parseDecimal('-5', 'nl-BE')).toEqual({ negative: true, integer: '5', fraction: '' });
    expect(parseDecimal('\u2212 € 5', 'nl-BE')).toEqual({ negative: true, integer: '5', fraction: '' });
    expect(parseDecimal('-0', 'nl-BE')).toEqual({ negative: false, integer: '0', fraction: '' });
  });

  it.each(['', '   ', '€'])('"%s" is empty', (text) => {
    expect(parseDecimal(text, 'nl-BE')).toBe('empty');
  });

  it.each(['abc', '12a', '1e3', '1.23,4', '1,2.3', '12,3,4', '1.2.3', '--5', '5 %', '.', '1 23', '550 , 50', 'NaN', 'Infinity'])(
    '"%s" is not a number',
    (text) => {
      expect(parseDecimal(text, 'nl-BE')).toBe('invalid');
    },
  );

  it('reports too many decimals and values beyond safe integers instead of rounding', () => {
    expect(cents('1,234')).toBe('decimals'); // 1.234 in nl-BE has three decimals for cents
    expect(cents('12,345')).toBe('decimals');
    expect(cents('12,340')).toBe(1234); // trailing zeros are not decimals
    expect(cents('99999999999999999999')).toBe('too-large');
  });

  it('finds the decimal separator of a locale', () => {
    expect(decimalSeparator('nl-BE')).toBe(',');
    expect(decimalSeparator('fr-BE')).toBe(',');
    expect(decimalSeparator('en-BE')).toBe('.');
    expect(decimalSeparator('en')).toBe('.');
  });

  it.each(['nl-BE', 'fr-BE', 'en', 'en-BE', 'de-DE'])(
    'reads back every amount Intl.NumberFormat writes as currency in %s (property)',
    (locale) => {
      const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
      fc.assert(
        fc.property(fc.integer({ min: -1e13, max: 1e13 }), (value) => {
          expect(cents(format.format(value / 100), locale)).toBe(value === 0 ? 0 : value);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('reads back every number Intl.NumberFormat writes with grouping (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nl-BE', 'fr-BE', 'en'),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 2 }),
        (locale, value, digits) => {
          const text = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
            value / 10 ** digits,
          );
          const parsed = parseDecimal(text, locale) as Decimal;
          expect(toScaled(parsed, digits)).toBe(value);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('scaled integers and exact division', () => {
  it('writes scaled integers back as decimals', () => {
    expect(scaledToString(54990, 2)).toBe('549.9');
    expect(scaledToString(54990, 2, true)).toBe('549.90');
    expect(scaledToString(-5, 2, true)).toBe('-0.05');
    expect(scaledToString(300, 2)).toBe('3');
    expect(scaledToString(7, 0)).toBe('7');
  });

  it('divRound rounds half away from zero: 5/2 = 3, -5/2 = -3, 7/3 = 2, -7/3 = -2', () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(-7n, 3n)).toBe(-2n);
    expect(divRound(8n, 3n)).toBe(3n);
  });

  it('divFloor rounds down: 7/2 = 3, -7/2 = -4, -6/2 = -3', () => {
    expect(divFloor(7n, 2n)).toBe(3n);
    expect(divFloor(-7n, 2n)).toBe(-4n);
    expect(divFloor(-6n, 2n)).toBe(-3n);
  });

  it('divRound is within half a unit of the exact quotient (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = divRound(n, d);
        const error = q * d - n;
        expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
      }),
    );
  });
});
