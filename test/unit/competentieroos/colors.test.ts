import { describe, expect, it } from 'vitest';
import { areaColorCss, areaPalettes, areaProperty, themePalette } from '../../../src/components/competentieroos/colors.js';
import { areaColorCount } from '../../../src/components/competentieroos/framework.js';
import { contrastRatio, requiredContrast } from '../../../src/design/contrast.js';
import { getTheme } from '../../../src/design/themes.js';
import { themeNames } from '../../../src/design/tokens.js';

const surfaces = ['color-surface', 'color-surface-raised', 'color-surface-sunken'] as const;

describe.each(themeNames)('area colours in theme %s', (name) => {
  const theme = getTheme(name);
  const palette = themePalette[name];

  it('uses the palette that matches the theme being dark or light', () => {
    expect(palette).toBe(theme.dark ? 'dark' : 'light');
  });

  it.each(areaPalettes[palette].map((colour, index) => [index + 1, colour] as const))(
    'area colour %i (%s) has 3:1 against every surface (WCAG 1.4.11)',
    (_slot, colour) => {
      for (const surface of surfaces) {
        const ratio = contrastRatio(colour, theme.tokens[surface]);
        expect(ratio, `${colour} on ${surface} ${theme.tokens[surface]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(requiredContrast('ui'));
      }
    },
  );
});

describe('area colour tokens', () => {
  it('has one colour per token in each palette, all different', () => {
    for (const colours of Object.values(areaPalettes)) {
      expect(colours).toHaveLength(areaColorCount);
      expect(new Set(colours).size).toBe(areaColorCount);
    }
  });

  it('writes every colour behind its public custom property, for both palettes', () => {
    const css = areaColorCss();
    areaPalettes.light.forEach((colour, index) => expect(css).toContain(`--_area-${index + 1}: var(${areaProperty(index + 1)}, ${colour});`));
    areaPalettes.dark.forEach((colour, index) => expect(css).toContain(`var(--digi-competentieroos-area-${index + 1}, ${colour})`));
    expect(css).toMatch(/^\.rose \{/);
    expect(css).toContain('.rose--dark {');
    expect(css).toContain('.pattern--8 { --_pattern-ground: var(--_area-8); }');
  });
});
