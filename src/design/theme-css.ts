/**
 * Turns the token data into CSS text. Pure (strings only), so the same code
 * builds the elements' constructable stylesheets and (through tokens-css.ts)
 * the published tokens.css.
 */
import { derivedTokens, tokenNames, type ThemeDefinition, type TokenName } from './tokens.js';

/** The public name a host page sets: `--digi-color-primary`. */
export const publicProperty = (name: TokenName): string => `--digi-${name}`;
/** The resolved name widget styles read: `--_color-primary`. */
export const internalProperty = (name: string): string => `--_${name}`;

/** System colours for forced-colors mode (Windows high contrast). */
const forcedColors: Partial<Record<TokenName, string>> = {
  'color-text': 'CanvasText',
  'color-text-muted': 'CanvasText',
  'color-surface': 'Canvas',
  'color-surface-raised': 'Canvas',
  'color-surface-sunken': 'Canvas',
  'color-border': 'CanvasText',
  'color-border-subtle': 'CanvasText',
  'color-primary': 'ButtonText',
  'color-primary-hover': 'Highlight',
  'color-on-primary': 'ButtonFace',
  'color-link': 'LinkText',
  'color-focus': 'Highlight',
  'color-success': 'CanvasText',
  'color-success-surface': 'Canvas',
  'color-warning': 'CanvasText',
  'color-warning-surface': 'Canvas',
  'color-danger': 'CanvasText',
  'color-danger-surface': 'Canvas',
  'color-info': 'CanvasText',
  'color-info-surface': 'Canvas',
  'color-accent': 'CanvasText',
};

export function declarations(entries: Iterable<[string, string]>, indent = '  '): string {
  return [...entries].map(([property, value]) => `${indent}${property}: ${value};`).join('\n');
}

/**
 * The `:host` rules one shadow root adopts for a theme. Each internal token
 * reads the public one first, so a host page's `--digi-*` (set on any ancestor
 * or on the element) wins over the theme's value.
 */
export function hostThemeCss(theme: ThemeDefinition): string {
  const resolved = tokenNames.map(
    (name): [string, string] => [
      internalProperty(name),
      `var(${publicProperty(name)}, ${theme.tokens[name]})`,
    ],
  );
  const derived = Object.entries(derivedTokens).map(
    ([name, value]): [string, string] => [internalProperty(name), value],
  );
  const forced = Object.entries(forcedColors).map(
    ([name, value]): [string, string] => [internalProperty(name), value],
  );
  return `:host {
${declarations(resolved)}
${declarations(derived)}
  color-scheme: ${theme.dark ? 'dark' : 'light'};
}
@media (prefers-reduced-motion: reduce) {
  :host { ${internalProperty('motion-duration')}: 0ms; }
}
@media (forced-colors: active) {
  :host {
${declarations(forced, '    ')}
  }
}
`;
}
