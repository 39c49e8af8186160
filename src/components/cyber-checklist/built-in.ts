/**
 * Where the built-in growth path lives, per locale. The element starts these
 * imports at once, beside its own code (checklist.ts), which reads them.
 */
import type { Locale } from '../../i18n/locales.js';
import type { CheckedContent } from './content.js';

export const builtInContentModules: Record<Locale, () => Promise<{ default: CheckedContent }>> = {
  nl: () => import('./content/nl.js'),
  fr: () => import('./content/fr.js'),
  en: () => import('./content/en.js'),
};

/** Where a checklist's content comes from: the `content` property, else the JSON child, else `src`, else the built-in one. */
export interface ContentInput {
  content: unknown;
  child: HTMLScriptElement | null;
  src: string | undefined;
}

export const usesBuiltIn = ({ content, child, src }: ContentInput): boolean => content === undefined && !child && !src;
