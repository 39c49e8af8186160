/**
 * WCAG 2.1 contrast math (relative luminance, contrast ratio). Pure, no DOM.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

import type { TokenName } from './tokens.js';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Parses `#rgb` or `#rrggbb`; throws with the offending value otherwise. */
export function parseHexColor(value: string): Rgb {
  const hex = value.trim().replace(/^#/, '');
  const full =
    hex.length === 3
      ? [...hex].map((digit) => digit + digit).join('')
      : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) {
    throw new Error(`Not a hex colour: "${value}" (expected #rgb or #rrggbb)`);
  }
  return {
    r: parseInt(full.slice(0, 2), 16),
    g: parseInt(full.slice(2, 4), 16),
    b: parseInt(full.slice(4, 6), 16),
  };
}

function channelLuminance(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance({ r, g, b }: Rgb): number {
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b);
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(typeof a === 'string' ? parseHexColor(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseHexColor(b) : b);
  const [light, dark] = la > lb ? [la, lb] : [lb, la];
  return (light + 0.05) / (dark + 0.05);
}

/** The WCAG 2.1 AA minimum for a pair: 4.5:1 for text, 3:1 for UI components. */
export function requiredContrast(kind: 'text' | 'large-text' | 'ui'): number {
  return kind === 'text' ? 4.5 : 3;
}

/**
 * Token pairs whose contrast WCAG 2.1 AA governs. `text` pairs need 4.5:1
 * (1.4.3), `ui` pairs 3:1 (1.4.11: component boundaries, focus, graphics).
 */
export const contrastPairs: ReadonlyArray<{
  foreground: TokenName;
  background: TokenName;
  kind: 'text' | 'ui';
}> = [
  ...(['color-surface', 'color-surface-raised', 'color-surface-sunken'] as const).flatMap(
    (background) => [
      { foreground: 'color-text' as const, background, kind: 'text' as const },
      { foreground: 'color-text-muted' as const, background, kind: 'text' as const },
      { foreground: 'color-link' as const, background, kind: 'text' as const },
      { foreground: 'color-danger' as const, background, kind: 'text' as const },
      { foreground: 'color-border' as const, background, kind: 'ui' as const },
      { foreground: 'color-focus' as const, background, kind: 'ui' as const },
      { foreground: 'color-primary' as const, background, kind: 'ui' as const },
    ],
  ),
  { foreground: 'color-on-primary', background: 'color-primary', kind: 'text' },
  { foreground: 'color-on-primary', background: 'color-primary-hover', kind: 'text' },
  { foreground: 'color-text', background: 'color-success-surface', kind: 'text' },
  { foreground: 'color-text', background: 'color-warning-surface', kind: 'text' },
  { foreground: 'color-text', background: 'color-danger-surface', kind: 'text' },
  { foreground: 'color-text', background: 'color-info-surface', kind: 'text' },
  { foreground: 'color-success', background: 'color-success-surface', kind: 'text' },
  { foreground: 'color-warning', background: 'color-warning-surface', kind: 'text' },
  { foreground: 'color-danger', background: 'color-danger-surface', kind: 'text' },
  { foreground: 'color-info', background: 'color-info-surface', kind: 'text' },
  { foreground: 'color-success', background: 'color-surface', kind: 'ui' },
  { foreground: 'color-warning', background: 'color-surface', kind: 'ui' },
  { foreground: 'color-info', background: 'color-surface', kind: 'ui' },
];
