/**
 * The published `tokens.css`, built by scripts/build-tokens.mjs from the same
 * token data and helpers that theme the elements. Build-time only: the
 * elements never import this module (it pulls in every theme).
 */
import { declarations, publicProperty } from './theme-css.js';
import { getTheme } from './themes.js';
import { themeNames, tokenNames, type ThemeName, type TokenName } from './tokens.js';

/**
 * The published `tokens.css`: every theme's public tokens for host pages that
 * want to reuse them in their own CSS. `:root` gets the default theme; an
 * element with `data-digi-theme` or `theme` set to a theme name gets that one.
 */
export function publicTokensCss(names: readonly ThemeName[] = themeNames): string {
  const blocks = names.map((name, index) => {
    const theme = getTheme(name);
    const selectors = [`[data-digi-theme="${name}"]`, `[theme="${name}"]`];
    if (index === 0) selectors.unshift(':root');
    const body = declarations(
      tokenNames.map((token: TokenName): [string, string] => [publicProperty(token), theme.tokens[token]]),
    );
    return `${selectors.join(',\n')} {\n${body}\n}`;
  });
  return `/* @digisprong/widgets design tokens. Generated from src/design/tokens.ts: do not edit. */\n${blocks.join('\n\n')}\n`;
}
