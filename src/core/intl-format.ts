/**
 * Cached Intl formatters: numbers, dates and display names. Building
 * one costs far more than using it, and a widget formats hundreds of values
 * per render, so every widget asks here instead of constructing its own; each
 * distinct locale and options pair is built once for the page. Pure, no DOM.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** The number formatter for `locale` and `options`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The date and time formatter for `locale` and `options`. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** Names of languages, regions… in `locale`. */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('names', locale, options, () => new Intl.DisplayNames(locale, options));
}
