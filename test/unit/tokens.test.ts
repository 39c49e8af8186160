import { describe, expect, it } from 'vitest';
import { contrastPairs, contrastRatio, parseHexColor, requiredContrast } from '../../src/design/contrast.js';
import { hostThemeCss } from '../../src/design/theme-css.js';
import { getTheme } from '../../src/design/themes.js';
import { publicTokensCss } from '../../src/design/tokens-css.js';
import { defaultTheme, defaultThemeDefinition, isThemeName, themeNames, tokenNames } from '../../src/design/tokens.js';

describe('contrast math', () => {
  it('black on white is 21:1 and a colour on itself is 1:1', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0055cc', '#0055cc')).toBe(1);
  });

  it('matches the WebAIM reference value for #767676 on white (4.54:1)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('rejects what is not a hex colour, naming the value', () => {
    expect(() => parseHexColor('rebeccapurple')).toThrow('"rebeccapurple"');
  });
});

describe.each(themeNames)('theme %s', (name) => {
  const theme = getTheme(name);

  it('defines every token with a non-empty value', () => {
    for (const token of tokenNames) expect(theme.tokens[token], token).toMatch(/\S/);
  });

  it.each(contrastPairs.map((pair) => [`${pair.foreground} on ${pair.background}`, pair] as const))(
    'meets WCAG 2.1 AA contrast: %s',
    (_label, pair) => {
      const ratio = contrastRatio(theme.tokens[pair.foreground], theme.tokens[pair.background]);
      const required = requiredContrast(pair.kind);
      expect(
        ratio,
        `${name}: ${pair.foreground} ${theme.tokens[pair.foreground]} on ${pair.background} ${theme.tokens[pair.background]} is ${ratio.toFixed(2)}:1, needs ${required}:1 (${pair.kind})`,
      ).toBeGreaterThanOrEqual(required);
    },
  );

  it('sizes derive from px tokens, never from the host page rem', () => {
    const css = hostThemeCss(theme);
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/);
    expect(theme.tokens.unit).toMatch(/^\d+px$/);
  });

  it('lets a host page override each token (internal reads public first)', () => {
    const css = hostThemeCss(theme);
    expect(css).toContain(`--_color-primary: var(--digi-color-primary, ${theme.tokens['color-primary']});`);
    expect(css).toContain(`color-scheme: ${theme.dark ? 'dark' : 'light'};`);
  });

  it('drops motion to 0 for prefers-reduced-motion and maps colours for forced colours', () => {
    const css = hostThemeCss(theme);
    expect(css).toMatch(/prefers-reduced-motion: reduce\)\s*\{\s*:host \{ --_motion-duration: 0ms; \}/);
    expect(css).toMatch(/forced-colors: active[^]*--_color-focus: Highlight;/);
  });
});

describe('theme registry', () => {
  it('has the four brands, three with a dark variant', () => {
    expect(themeNames).toEqual([
      'vlaanderen',
      'vlaanderen-dark',
      'klascement',
      'klascement-dark',
      'oefen',
      'oefen-dark',
      'wai-not',
    ]);
  });

  it('makes wai-not easy-read: larger unit, targets and spacing, icons shown, no motion', () => {
    const base = getTheme('vlaanderen').tokens;
    const easy = getTheme('wai-not').tokens;
    expect(parseFloat(easy.unit)).toBeGreaterThan(parseFloat(base.unit));
    expect(parseFloat(easy['target-size'])).toBeGreaterThan(parseFloat(base['target-size']));
    expect(Number(easy['space-scale'])).toBeGreaterThan(Number(base['space-scale']));
    expect(easy['icon-display']).not.toBe('none');
    expect(easy['motion-duration']).toBe('0ms');
  });

  it('defines every named theme, the default one in tokens.ts itself', () => {
    for (const name of themeNames) expect(getTheme(name).name).toBe(name);
    expect(getTheme(defaultTheme)).toBe(defaultThemeDefinition);
  });

  it('recognises theme names only', () => {
    expect(isThemeName('oefen-dark')).toBe(true);
    expect(isThemeName('wai-not-dark')).toBe(false);
    expect(isThemeName(undefined)).toBe(false);
  });
});

describe('published tokens.css', () => {
  const css = publicTokensCss();

  it('gives :root the default theme and every theme its own selector', () => {
    expect(css.startsWith('/* @digisprong/widgets design tokens.')).toBe(true);
    expect(css).toMatch(/^:root,\n\[data-digi-theme="vlaanderen"\]/m);
    for (const name of themeNames) {
      expect(css).toContain(`[data-digi-theme="${name}"],\n[theme="${name}"]`);
    }
  });

  it('declares each token once per theme', () => {
    const count = css.match(/--digi-color-text:/g)?.length;
    expect(count).toBe(themeNames.length);
  });
});
