/**
 * Which locales exist and how a page's `lang` maps onto them. Pure, no DOM.
 *
 * Fallback chain, stated once: exact language (`fr-BE` -> `fr`), else the
 * source locale `nl`. Regional tags keep their region for Intl formatting.
 */
export const sourceLocale = 'nl';
export const targetLocales = ['fr', 'en'] as const;
export const allLocales = [sourceLocale, ...targetLocales] as const;

export type Locale = (typeof allLocales)[number];
export type TargetLocale = (typeof targetLocales)[number];

/** Default Intl locale per language: Belgian formatting unless the page says otherwise. */
const defaultRegionalTag: Record<Locale, string> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  en: 'en-BE',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/** The primary language subtag, lower-cased: `nl-BE` -> `nl`, `FR` -> `fr`. */
function languageOf(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

/** Maps a BCP 47 tag (or nothing) onto a supported locale. */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return sourceLocale;
  const language = languageOf(tag);
  return isLocale(language) ? language : sourceLocale;
}

/**
 * The tag to give Intl formatters: the page's own tag when it names the
 * locale's language with a valid region (`fr-FR` stays `fr-FR`), else the
 * Belgian default for that locale.
 */
export function intlTagFor(locale: Locale, requestedTag: string | null | undefined): string {
  if (requestedTag && languageOf(requestedTag) === locale) {
    try {
      const [canonical] = Intl.getCanonicalLocales(requestedTag.trim().replace('_', '-'));
      if (canonical && canonical.includes('-')) return canonical;
    } catch {
      // An invalid tag falls through to the default.
    }
  }
  return defaultRegionalTag[locale];
}
