/**
 * Where the built-in growth path lives, per locale. The element starts these
 * imports at once, beside its own code (checklist.ts), which reads them.
 */
import type { Locale } from '../../i18n/locales.js';

export const builtInContentModules: Record<Locale, () => Promise<{ default: unknown }>> = {
  nl: () => import('./content/nl.js'),
  fr: () => import('./content/fr.js'),
  en: () => import('./content/en.js'),
};
