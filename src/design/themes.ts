/**
 * Every theme's definition. Widgets load this module only when a page asks
 * for a theme other than the default (see theme-sheets.ts), so a page in the
 * default theme never downloads the others. Build scripts, tests and
 * Storybook import it directly.
 */
import {
  defaultThemeDefinition,
  lightFeedback,
  palette,
  shared,
  vlaanderen,
  type ThemeDefinition,
  type ThemeName,
  type TokenName,
} from './tokens.js';

const readableFonts = 'Verdana, "DejaVu Sans", "Segoe UI", system-ui, sans-serif';

/**
 * A dark theme paints a block on what is most often a light page: its text
 * must not touch the block's edge, so the surface gets an inset and the
 * theme's corners.
 */
const darkBase = {
  'surface-padding': 'var(--_space-4)',
  'surface-radius': 'var(--_radius)',
  'color-text': '#f2f4f7',
  'color-text-muted': '#c3cad3',
  'color-surface': palette.navy950,
  'color-surface-raised': palette.navy900,
  'color-surface-sunken': '#0a1017',
  'color-border': palette.navy600,
  'color-border-subtle': palette.navy800,
  'color-success': palette.green200,
  'color-success-surface': '#10281a',
  'color-warning': palette.amber200,
  'color-warning-surface': '#2e2310',
  'color-danger': palette.red200,
  'color-danger-surface': '#331419',
  'color-info': palette.blue200,
  'color-info-surface': '#132238',
} satisfies Partial<Record<TokenName, string>>;

const themes: readonly ThemeDefinition[] = [
  defaultThemeDefinition,
  {
    name: 'vlaanderen-dark',
    label: 'Vlaanderen (donker)',
    dark: true,
    tokens: {
      ...shared,
      ...darkBase,
      'color-primary': palette.blue200,
      'color-primary-hover': palette.blue100,
      'color-on-primary': palette.navy950,
      'color-link': palette.blue200,
      'color-focus': palette.flandersYellow,
      'color-accent': palette.flandersYellow,
    },
  },
  {
    name: 'klascement',
    label: 'KlasCement',
    dark: false,
    tokens: {
      ...shared,
      ...lightFeedback,
      'color-text': palette.grey900,
      'color-text-muted': palette.grey600,
      'color-surface': palette.white,
      'color-surface-raised': palette.white,
      'color-surface-sunken': palette.grey100,
      'color-border': palette.grey500,
      'color-border-subtle': palette.grey200,
      'color-primary': palette.teal700,
      'color-primary-hover': palette.teal800,
      'color-on-primary': palette.white,
      'color-link': palette.teal700,
      'color-focus': palette.orange700,
      'color-accent': palette.orange700,
      radius: '6px',
    },
  },
  {
    name: 'klascement-dark',
    label: 'KlasCement (donker)',
    dark: true,
    tokens: {
      ...shared,
      ...darkBase,
      'color-primary': palette.teal200,
      'color-primary-hover': '#b8ebe4',
      'color-on-primary': palette.navy950,
      'color-link': palette.teal200,
      'color-focus': palette.orange200,
      'color-accent': palette.orange200,
      radius: '6px',
    },
  },
  {
    name: 'oefen',
    label: 'Oefen.be',
    dark: false,
    tokens: {
      ...shared,
      ...lightFeedback,
      'color-text': palette.grey900,
      'color-text-muted': palette.grey700,
      'color-surface': palette.white,
      'color-surface-raised': palette.purple50,
      'color-surface-sunken': palette.grey50,
      'color-border': palette.grey500,
      'color-border-subtle': palette.purple200,
      'color-primary': palette.purple700,
      'color-primary-hover': palette.purple800,
      'color-on-primary': palette.white,
      'color-link': palette.purple700,
      'color-focus': palette.purple700,
      'color-accent': palette.purple700,
      radius: '10px',
    },
  },
  {
    name: 'oefen-dark',
    label: 'Oefen.be (donker)',
    dark: true,
    tokens: {
      ...shared,
      ...darkBase,
      'color-primary': palette.purple200,
      'color-primary-hover': '#e8d8f6',
      'color-on-primary': palette.navy950,
      'color-link': palette.purple200,
      'color-focus': palette.purple200,
      'color-accent': palette.purple200,
      radius: '10px',
    },
  },
  {
    // Easy-read: larger type and targets, more space, icons beside words, calm
    // motion. No dark variant: its audience benefits from one stable look.
    name: 'wai-not',
    label: 'WAI-NOT (makkelijk lezen)',
    dark: false,
    tokens: {
      ...vlaanderen,
      'font-family': readableFonts,
      'color-text': palette.black,
      'color-text-muted': palette.grey700,
      'color-border': palette.grey700,
      'color-primary': palette.blue800,
      'color-primary-hover': palette.navy900,
      'color-link': palette.blue800,
      'color-focus': palette.orange700,
      'color-accent': palette.orange700,
      'line-height': '1.6',
      unit: '20px',
      'space-scale': '1.5',
      radius: '8px',
      'target-size': '56px',
      'focus-width': '4px',
      'focus-offset': '3px',
      'motion-duration': '0ms',
      'icon-display': 'inline-block',
    },
  },
];

export const themeRegistry: ReadonlyMap<ThemeName, ThemeDefinition> = new Map(
  themes.map((theme) => [theme.name, theme]),
);

export function getTheme(name: ThemeName): ThemeDefinition {
  // Every ThemeName is in the registry by construction.
  return themeRegistry.get(name)!;
}
