/**
 * Cached `Intl.NumberFormat`s. Building one costs far more than using it, and
 * a widget formats hundreds of numbers per render, so every widget asks here
 * instead of constructing its own. Pure, no DOM.
 */

const cache = new Map<string, Intl.NumberFormat>();

/** The formatter for `locale` and `options`, built once per distinct pair. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}
