/**
 * Styles that come with code a widget loads on demand: in `static styles`
 * they would make the widget's first download bigger. Only the widgets that
 * split their code import this, so the others do not pay for it.
 */
import type { CSSResult } from 'lit';

/**
 * Browser: puts `styles` after everything else the shadow root has adopted
 * (the theme's and the component's own sheets), once; call it after each
 * update, since a theme change replaces the adopted sheets.
 */
export function adoptLateStyles(root: HTMLElement | DocumentFragment, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
  const adopted = root.adoptedStyleSheets;
  if (sheets.every((sheet, index) => adopted[adopted.length - sheets.length + index] === sheet)) return;
  root.adoptedStyleSheets = [...adopted.filter((sheet) => !sheets.includes(sheet)), ...sheets];
}

/**
 * Server rendering: adds `styles` to the element class's own (a server render
 * has no adopted sheets). Call it once that code has loaded, before rendering.
 */
export function addServerStyles(elementClass: { readonly elementStyles: unknown[] }, styles: readonly CSSResult[]): void {
  for (const style of styles) if (!elementClass.elementStyles.includes(style)) elementClass.elementStyles.push(style);
}
