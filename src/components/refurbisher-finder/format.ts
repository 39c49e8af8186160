/**
 * Numbers, dates and language names in the finder's locale, for the views
 * and the announcements, on the cached formatters of core/intl-format (a
 * long list formats many values).
 */
import { dateFormat, displayNames, numberFormat } from '../../core/intl-format.js';
import { languages } from './model.js';

export interface FinderFormat {
  /** A whole number, e.g. "1.250". */
  number(value: number): string;
  /** A `YYYY-MM-DD` date in words. */
  date(isoDate: string): string;
  /** A language's name, from its code. */
  languageName(code: string): string;
}

const formats = new Map<string, FinderFormat>();

export function finderFormat(locale: string): FinderFormat {
  let format = formats.get(locale);
  if (!format) {
    const number = numberFormat(locale, { maximumFractionDigits: 0 });
    const date = dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const languageNames = displayNames(locale, { type: 'language' });
    const names = new Map<string, string>(languages.map((code) => [code, languageNames.of(code) ?? code]));
    format = {
      number: (value) => number.format(value),
      date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
      languageName: (code) => names.get(code) ?? code,
    };
    formats.set(locale, format);
  }
  return format;
}
