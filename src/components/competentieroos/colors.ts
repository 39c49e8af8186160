/**
 * Area colours: eight per palette, one palette for light themes and one for
 * dark ones, each at least 3:1 against every theme's surfaces (WCAG 1.4.11;
 * test/unit/competentieroos/colors.test.ts checks every theme). Colour is
 * never the only cue: each area also has its own pattern, a separator and a
 * label. A host page can replace a colour with
 * `--digi-competentieroos-area-<n>`. Pure, no DOM.
 */
import type { ThemeName } from '../../design/tokens.js';

export type Palette = 'light' | 'dark';

export const areaPalettes: Readonly<Record<Palette, readonly string[]>> = {
  // Blue, orange, green, magenta, ochre, indigo, red, slate: neighbours differ in hue and lightness.
  light: ['#0a6bbd', '#c25100', '#00806a', '#a8458c', '#8a6a00', '#5a55c8', '#b3261e', '#5b6770'],
  dark: ['#5cb8f0', '#f2994a', '#3fc7a6', '#e38dc8', '#e0c03a', '#a9a4ff', '#ff8a80', '#b8c4cf'],
};

/** Which palette each theme uses (every theme must be listed, so a new theme cannot be forgotten). */
export const themePalette: Readonly<Record<ThemeName, Palette>> = {
  vlaanderen: 'light',
  'vlaanderen-dark': 'dark',
  klascement: 'light',
  'klascement-dark': 'dark',
  oefen: 'light',
  'oefen-dark': 'dark',
  'wai-not': 'light',
};

export const areaProperty = (slot: number): string => `--digi-competentieroos-area-${slot}`;

/**
 * CSS giving `--_area-<n>` per palette (the public property wins when a host
 * page sets it), and each pattern its area colour as ground.
 */
export function areaColorCss(): string {
  const rules = (palette: Palette) =>
    areaPalettes[palette].map((colour, index) => `--_area-${index + 1}: var(${areaProperty(index + 1)}, ${colour});`).join(' ');
  const grounds = areaPalettes.light.map((_, index) => `.pattern--${index + 1} { --_pattern-ground: var(--_area-${index + 1}); }`);
  return [`.rose { ${rules('light')} }`, `.rose--dark { ${rules('dark')} }`, ...grounds].join('\n');
}
