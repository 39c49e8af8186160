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

/** Lazy loaders of one catalogue's locale modules, generated per widget by scripts/localize-build.mjs. */
export type LocaleLoaders = Readonly<Record<TargetLocale, () => Promise<LocaleModule>>>;

/**
 * The primitives' own catalogue, for elements that do not bring one. Each
 * widget passes its generated catalogue instead (its messages plus the
 * primitives'), so a page downloads translations only for the widgets it shows.
 */
export const coreLocales: LocaleLoaders = {
  fr: () => import('../generated/locales/core/fr.js'),
  en: () => import('../generated/locales/core/en.js'),
};

interface Catalogue {
  readonly loaded: Map<Locale, TemplateMap>;
  readonly loading: Map<Locale, Promise<void>>;
  readonly failed: Set<Locale>;
}

const catalogues = new WeakMap<LocaleLoaders, Catalogue>();
function catalogueOf(loaders: LocaleLoaders): Catalogue {
  let catalogue = catalogues.get(loaders);
  if (!catalogue) {
    catalogue = { loaded: new Map(), loading: new Map(), failed: new Set() };
    catalogues.set(loaders, catalogue);
  }
  return catalogue;
}

let activeLocale: Locale = sourceLocale;
let activeTemplates: TemplateMap | undefined;

/** Whether messages for this locale can be looked up synchronously now. */
export function isLocaleReady(locale: Locale, loaders: LocaleLoaders = coreLocales): boolean {
  if (locale === sourceLocale) return true;
  const { loaded, failed } = catalogueOf(loaders);
  return loaded.has(locale) || failed.has(locale);
}

/**
 * Loads a target locale's messages of one catalogue once. Never rejects: when
 * a locale chunk cannot be loaded (offline, blocked, missing file) the
 * elements fall back to Dutch and the console says why.
 */
export function loadLocale(locale: Locale, loaders: LocaleLoaders = coreLocales): Promise<void> {
  if (isLocaleReady(locale, loaders)) return Promise.resolve();
  const { loaded, loading, failed } = catalogueOf(loaders);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]()
      .then((module) => {
        loaded.set(locale, module.templates);
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
 * Runs `render` with `locale` (messages from `loaders`' catalogue) as what
 * `msg()` translates into. Elements wrap their (synchronous) render in it;
 * code outside a render, such as an event handler that announces something,
 * wraps its `msg()` calls the same way.
 */
export function withLocale<T>(locale: Locale, render: () => T, loaders: LocaleLoaders = coreLocales): T {
  const previous = [activeLocale, activeTemplates] as const;
  activeLocale = locale;
  activeTemplates = locale === sourceLocale ? undefined : catalogueOf(loaders).loaded.get(locale);
  try {
    return render();
  } finally {
    [activeLocale, activeTemplates] = previous;
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
  runtimeMsg(activeTemplates, template, options)) as MsgFn;
