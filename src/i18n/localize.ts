/**
 * Localisation with @lit/localize, per element instead of per page.
 *
 * Why not `configureLocalization()`: it sets one locale for the whole page and
 * can be called only once, so a second copy of this library, or a host app that
 * uses @lit/localize itself, would break it. Instead this module keeps its own
 * catalogue of the generated locale modules and looks messages up with
 * @lit/localize's runtime lookup, in the locale of the element being rendered.
 *
 * `msg` here carries @lit/localize's type brand, so `lit-localize extract`
 * finds every call and writes the XLIFF files as usual.
 */
import type { LocaleModule, MsgFn, TemplateMap } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, type Locale, type TargetLocale } from './locales.js';

export { str } from '@lit/localize';

const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fr: () => import('../generated/locales/fr.js'),
  en: () => import('../generated/locales/en.js'),
};

const catalogues = new Map<Locale, TemplateMap>();
const loading = new Map<Locale, Promise<void>>();
let activeLocale: Locale = sourceLocale;

/** Whether messages for this locale can be looked up synchronously now. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || catalogues.has(locale) || failed.has(locale);
}

const failed = new Set<Locale>();

/**
 * Loads a target locale's messages once. Never rejects: when a locale chunk
 * cannot be loaded (offline, blocked, missing file) the elements fall back to
 * Dutch and the console says why.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((module) => {
        catalogues.set(locale, module.templates);
      })
      .catch((error: unknown) => {
        failed.add(locale);
        console.error(
          `[digi-widgets] Could not load the "${locale}" translations; showing Dutch instead.`,
          error,
        );
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * Runs `render` with `locale` as the locale `msg()` translates into. Elements
 * wrap their (synchronous) render in it; code outside a render, such as an
 * event handler that announces something, wraps its `msg()` calls the same way.
 */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return render();
  } finally {
    activeLocale = previous;
  }
}

/** The locale `msg()` currently translates into. */
export function currentLocale(): Locale {
  return activeLocale;
}

/**
 * Translates a string, `str` template or lit `html` template into the active
 * locale; untranslated or unknown messages fall back to the Dutch source.
 */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(catalogues.get(activeLocale), template, options)) as MsgFn;
