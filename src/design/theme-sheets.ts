/**
 * One constructable stylesheet per theme, built on first use and shared by
 * every shadow root. The default theme is always at hand; the others come
 * from themes.ts, loaded the first time a page asks for one of them.
 */
import { unsafeCSS } from 'lit';
import { hostThemeCss } from './theme-css.js';
import { defaultTheme, defaultThemeDefinition, type ThemeDefinition, type ThemeName } from './tokens.js';

const sheets = new Map<ThemeName, CSSStyleSheet>();
const failed = new Set<ThemeName>();
let themesModule: Promise<typeof import('./themes.js')> | undefined;

function build(theme: ThemeDefinition): CSSStyleSheet {
  const sheet = unsafeCSS(hostThemeCss(theme)).styleSheet!;
  sheets.set(theme.name, sheet);
  return sheet;
}

/** The theme's sheet if it is loaded (the default theme always is), else undefined. */
export function themeStyleSheet(name: ThemeName): CSSStyleSheet | undefined {
  return sheets.get(name) ?? (name === defaultTheme ? build(defaultThemeDefinition) : undefined);
}

/** True once the theme's sheet is built, or its loading failed (the default theme then stands in). */
export function isThemeReady(name: ThemeName): boolean {
  return themeStyleSheet(name) !== undefined || failed.has(name);
}

/**
 * Loads a theme's definition and builds its sheet. Never rejects: when the
 * theme code cannot be loaded (a CDN chunk that fails to download) the
 * elements keep the default theme and the console says why, once.
 */
export async function loadThemeStyleSheet(name: ThemeName): Promise<void> {
  if (isThemeReady(name)) return;
  try {
    themesModule ??= import('./themes.js');
    build((await themesModule).getTheme(name));
  } catch (error) {
    themesModule = undefined;
    if (!failed.has(name)) {
      failed.add(name);
      console.error(`[digi-widgets] Could not load the theme "${name}"; showing the default theme.`, error);
    }
  }
}
