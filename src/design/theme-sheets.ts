/** One constructable stylesheet per theme, built on first use and shared by every shadow root. */
import { unsafeCSS } from 'lit';
import { getTheme, type ThemeName } from './tokens.js';
import { hostThemeCss } from './theme-css.js';

const sheets = new Map<ThemeName, CSSStyleSheet>();

export function themeStyleSheet(name: ThemeName): CSSStyleSheet {
  let sheet = sheets.get(name);
  if (!sheet) {
    sheet = unsafeCSS(hostThemeCss(getTheme(name))).styleSheet!;
    sheets.set(name, sheet);
  }
  return sheet;
}
