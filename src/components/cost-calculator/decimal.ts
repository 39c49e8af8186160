/**
 * Exact decimal numbers for money and quantities. Typed text is parsed into
 * digits, never through a binary float, then scaled to integers (cents,
 * hundredths of a year); the model divides with BigInt and rounds once.
 * Pure, no DOM.
 */
import { numberFormat } from '../../core/intl-format.js';

/** A parsed number as its digits: `-1.234,5` is `{ negative, integer: '1234', fraction: '5' }`. */
export interface Decimal {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

export type ParseError = 'empty' | 'invalid';
export type ScaleError = 'decimals' | 'too-large';

const separators = new Map<string, string>();

/**
 * The decimal separator of amounts in euro in this locale: `,` for nl-BE and
 * fr-BE, `.` for en. Read from the currency format because ICU writes plain
 * en-BE numbers with a comma but en-BE amounts with a point; the fields
 * follow the amounts shown beside them.
 */
export function decimalSeparator(intlLocale: string): string {
  let separator = separators.get(intlLocale);
  if (separator === undefined) {
    try {
      separator = new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'EUR' })
        .formatToParts(1.5)
        .find((part) => part.type === 'decimal')?.value;
    } catch {
      // An unknown tag: treat it like English.
    }
    separator = separator === ',' ? ',' : '.';
    separators.set(intlLocale, separator);
  }
  return separator;
}

// "€ 550", "EUR 550", "550 euro", "550 euros", in any case.
const stripCurrency = (text: string) =>
  text
    .replace(/^(?:€|eur(?:os?)?)(?![a-z])\s*/i, '')
    .replace(/\s*(?:€|eur(?:os?)?)$/i, '')
    .trim();

/**
 * Reads a number as people type it in nl-BE, fr-BE or English: decimal comma
 * or point, thousands separators (`.`, `,`, spaces, `'`), a currency symbol or
 * code before or after, a minus sign, and the Belgian `550,-`. A lone
 * separator followed by exactly three digits (`1.500`) is ambiguous and is
 * read the way `intlLocale` writes numbers (1500 in nl-BE, 1.5 in en).
 */
export function parseDecimal(text: string, intlLocale: string): Decimal | ParseError {
  // NFKC turns no-break and narrow no-break spaces (fr-BE grouping) into spaces.
  let rest = stripCurrency(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  if (rest === '') return 'empty';
  let negative = false;
  if (/^[-\u2212+]/.test(rest)) {
    negative = rest[0] !== '+';
    rest = stripCurrency(rest.slice(1).trim());
  }
  rest = rest.replace(/[.,]-$/, '');
  if (!/^[\d.,' ]+$/.test(rest) || !/\d/.test(rest)) return 'invalid';

  const dots = rest.split('.').length - 1;
  const commas = rest.split(',').length - 1;
  let decimal: string | undefined;
  if (dots > 0 && commas > 0) {
    decimal = rest.lastIndexOf('.') > rest.lastIndexOf(',') ? '.' : ',';
  } else if (dots + commas === 1) {
    const separator = dots ? '.' : ',';
    const [before, after] = rest.split(separator) as [string, string];
    const ambiguous = /^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after);
    decimal = !ambiguous || separator === decimalSeparator(intlLocale) ? separator : undefined;
  }
  // Several of one separator and none of the other: all of them group thousands.

  const cut = decimal ? rest.lastIndexOf(decimal) : rest.length;
  const fraction = rest.slice(cut + 1);
  const groups = rest.slice(0, cut).split(/[.,' ]/);
  if (!/^\d*$/.test(fraction)) return 'invalid';
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((group) => !/^\d{3}$/.test(group)))) {
    return 'invalid';
  }
  const integer = groups.join('').replace(/^0+(?=\d)/, '') || '0';
  if (!/^\d+$/.test(integer)) return 'invalid';
  if (!/[1-9]/.test(integer + fraction)) negative = false;
  return { negative, integer, fraction };
}

/** The decimal as an integer count of 10^-scale (cents for scale 2). */
export function toScaled(decimal: Decimal, scale: number): number | ScaleError {
  const fraction = decimal.fraction.replace(/0+$/, '');
  if (fraction.length > scale) return 'decimals';
  const value = Number(decimal.integer + fraction.padEnd(scale, '0'));
  if (!Number.isSafeInteger(value)) return 'too-large';
  return decimal.negative ? -value : value;
}

/** A scaled integer as a plain decimal string with a point: (54990, 2) -> "549.9". */
export function scaledToString(value: number, scale: number, fixed = false): string {
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const integer = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

/** A number as a person types it here: no grouping, the locale's decimal separator, never an exponent. */
export const localeNumber = (value: number, intlLocale: string) =>
  numberFormat('en', { useGrouping: false, maximumFractionDigits: 20 })
    .format(value)
    .replace('.', decimalSeparator(intlLocale));

/** The decimal as a plain string with a point, e.g. "-1234.5". */
export const decimalToString = (decimal: Decimal) =>
  `${decimal.negative ? '-' : ''}${decimal.integer}${decimal.fraction ? `.${decimal.fraction}` : ''}`;

/** `numerator / denominator` rounded half away from zero (denominator > 0). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  return twice >= denominator ? quotient + (numerator < 0n ? -1n : 1n) : quotient;
}

/** `numerator / denominator` rounded down (denominator > 0). */
export function divFloor(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient;
}
