/**
 * Resolves an element's language and theme from the nearest ancestor that
 * declares one, across shadow-root boundaries, and tells elements when an
 * ancestor's `lang` or theme changes. One MutationObserver serves every
 * element on the page instead of one observer each.
 */
import { matchLocale, type Locale } from '../i18n/locales.js';
import { defaultTheme, isThemeName, type ThemeName } from '../design/tokens.js';

/** Attribute an ancestor (or the page) sets to theme every widget inside it. */
export const themeAttribute = 'data-digi-theme';

/** The parent in the composed tree: from a shadow root's top to its host. */
function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

export interface ResolvedLocale {
  readonly locale: Locale;
  /** The tag the page asked for (`fr-BE`), for Intl formatting. */
  readonly requestedTag: string | null;
}

/** The nearest `lang` at or above the element, as HTML itself inherits it. */
export function resolveLocale(element: Element): ResolvedLocale {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const tag = node.getAttribute('lang');
    if (tag !== null) {
      const requestedTag = tag.trim() || null;
      return { locale: matchLocale(requestedTag), requestedTag };
    }
  }
  return { locale: matchLocale(null), requestedTag: null };
}

/**
 * The element's own theme (`ownTheme`, from its `theme` property), else the
 * nearest `theme` or `data-digi-theme` above it, else the default theme.
 * Unknown names are reported once and skipped.
 */
export function resolveTheme(element: Element, ownTheme?: string | null): ThemeName {
  if (isThemeName(ownTheme)) return ownTheme;
  if (ownTheme) warnUnknownTheme(ownTheme);
  for (let node = composedParent(element); node; node = composedParent(node)) {
    const value = node.getAttribute(themeAttribute) ?? node.getAttribute('theme');
    if (isThemeName(value)) return value;
    if (value) warnUnknownTheme(value);
  }
  return defaultTheme;
}

const reportedThemes = new Set<string>();
function warnUnknownTheme(value: string): void {
  if (reportedThemes.has(value)) return;
  reportedThemes.add(value);
  console.warn(
    `[digi-widgets] Unknown theme "${value}"; using the next theme up the page or "${defaultTheme}".`,
  );
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang`, `theme` or `data-digi-theme` attribute
 * changes anywhere in the document. Returns the unsubscribe function.
 */
export function observeContext(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'theme', themeAttribute],
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
