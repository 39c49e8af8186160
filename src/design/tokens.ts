/**
 * Design tokens: the token names, the values every theme shares and the
 * default theme (Vlaanderen); the other themes are in themes.ts, loaded only
 * when a page asks for one.
 *
 * Pure data, no DOM. The same objects feed the constructable stylesheets the
 * elements adopt (theme-css.ts), the `tokens.css` file for host pages, the
 * contrast test and the Storybook theming page, so a value lives in one place.
 *
 * Three layers:
 * - `palette`: raw colours with no meaning, used only by theme definitions;
 * - theme tokens (`tokenNames`, `ThemeTokens`): meaning per theme (`color-text`,
 *   `unit`, ...). theme-css.ts writes each as `--_<name>: var(--digi-<name>, <theme value>)`,
 *   so a host page's `--digi-<name>` wins; forced colours replace the colours;
 * - `derivedTokens`: spacing, type, border and radius steps computed with
 *   `calc()` from the resolved `--_` names, internal only, so one `--digi-unit`
 *   or `--digi-space-scale` scales every widget.
 * There is no component layer here: a widget's own properties
 * (`--digi-competentieroos-area-1`...) live in its styles, with their docs.
 */

/** Raw colours. Names describe the colour, never its use. */
export const palette = {
  white: '#ffffff',
  black: '#000000',
  grey50: '#f7f7f7',
  grey100: '#efefef',
  grey200: '#e0e0e0',
  grey500: '#6b6b6b',
  grey600: '#595959',
  grey700: '#4a4a4a',
  grey800: '#333332',
  grey900: '#1d1d1b',
  grey950: '#141517',
  flandersYellow: '#ffe615',
  blue700: '#0055cc',
  blue800: '#003f99',
  blue200: '#a9c8ff',
  blue100: '#d6e4ff',
  teal700: '#00685e',
  teal800: '#004f47',
  teal200: '#8fd9cf',
  orange700: '#b34700',
  orange200: '#ffc7a0',
  purple700: '#6a2c91',
  purple800: '#52206f',
  purple200: '#d9bff0',
  purple50: '#faf6fd',
  green700: '#1b7a36',
  green200: '#a3e0b3',
  green50: '#eef8f0',
  red700: '#c4122f',
  red200: '#ffb3bf',
  red50: '#fdeef0',
  amber800: '#8a5300',
  amber200: '#ffd68a',
  amber50: '#fff6e0',
  blue50: '#eef4ff',
  navy950: '#0f1720',
  navy900: '#17212c',
  navy800: '#223040',
  navy600: '#8595a8',
} as const;

/** The names of the system tokens every theme defines. */
export const tokenNames = [
  // colour: text and surfaces
  'color-text',
  'color-text-muted',
  'color-surface',
  'color-surface-raised',
  'color-surface-sunken',
  // colour: UI component boundaries (>= 3:1 against the surfaces)
  'color-border',
  'color-border-subtle',
  // colour: actions
  'color-primary',
  'color-primary-hover',
  'color-on-primary',
  'color-link',
  'color-focus',
  // colour: feedback (text colour, and a tinted surface to show it on)
  'color-success',
  'color-success-surface',
  'color-warning',
  'color-warning-surface',
  'color-danger',
  'color-danger-surface',
  'color-info',
  'color-info-surface',
  // colour: highlight strip used by cards and the theme's accent
  'color-accent',
  // type
  'font-family',
  'font-weight-normal',
  'font-weight-bold',
  'line-height',
  // size: everything derives from the unit, never from the host's rem
  'unit',
  'space-scale',
  'radius',
  // the widget's own surface: its inset from its edge, and its corners (0 where the surface blends with a light page)
  'surface-padding',
  'surface-radius',
  'target-size',
  // focus ring (an outline, so it survives forced colours)
  'focus-width',
  'focus-offset',
  // motion
  'motion-duration',
  'motion-easing',
  // easy-read extras: show icons beside words
  'icon-display',
] as const;

export type TokenName = (typeof tokenNames)[number];
export type ThemeTokens = Readonly<Record<TokenName, string>>;

export const themeNames = [
  'vlaanderen',
  'vlaanderen-dark',
  'klascement',
  'klascement-dark',
  'oefen',
  'oefen-dark',
  'wai-not',
] as const;

export type ThemeName = (typeof themeNames)[number];
export const defaultTheme: ThemeName = 'vlaanderen';

export interface ThemeDefinition {
  readonly name: ThemeName;
  /** Human label for pickers (Storybook toolbar, docs). */
  readonly label: string;
  readonly dark: boolean;
  readonly tokens: ThemeTokens;
}

/** No web fonts: privacy by default and no third-party requests. */
const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const shared = {
  'font-family': systemFonts,
  'font-weight-normal': '400',
  'font-weight-bold': '700',
  'line-height': '1.5',
  unit: '16px',
  'space-scale': '1',
  radius: '4px',
  'surface-padding': '0px',
  'surface-radius': '0px',
  'target-size': '44px',
  'focus-width': '3px',
  'focus-offset': '2px',
  'motion-duration': '150ms',
  'motion-easing': 'cubic-bezier(0.2, 0, 0, 1)',
  'icon-display': 'none',
} satisfies Partial<Record<TokenName, string>>;

export const lightFeedback = {
  'color-success': palette.green700,
  'color-success-surface': palette.green50,
  'color-warning': palette.amber800,
  'color-warning-surface': palette.amber50,
  'color-danger': palette.red700,
  'color-danger-surface': palette.red50,
  'color-info': palette.blue700,
  'color-info-surface': palette.blue50,
} satisfies Partial<Record<TokenName, string>>;

export const vlaanderen: ThemeTokens = {
  ...shared,
  ...lightFeedback,
  'color-text': palette.grey800,
  'color-text-muted': palette.grey600,
  'color-surface': palette.white,
  'color-surface-raised': palette.white,
  'color-surface-sunken': palette.grey50,
  'color-border': palette.grey500,
  'color-border-subtle': palette.grey200,
  'color-primary': palette.blue700,
  'color-primary-hover': palette.blue800,
  'color-on-primary': palette.white,
  'color-link': palette.blue700,
  'color-focus': palette.blue700,
  'color-accent': palette.flandersYellow,
};

/** The default theme, kept with the token names so the core never waits for it. */
export const defaultThemeDefinition: ThemeDefinition = {
  name: 'vlaanderen',
  label: 'Vlaanderen',
  dark: false,
  tokens: vlaanderen,
};

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (themeNames as readonly string[]).includes(value);
}

/**
 * Derived scales, written against the internal (resolved) names. Widgets use
 * these steps instead of bare lengths, so `--digi-unit` and `--digi-space-scale`
 * scale every widget at once.
 */
export const derivedTokens: Readonly<Record<string, string>> = {
  'space-1': 'calc(var(--_unit) * var(--_space-scale) * 0.25)',
  'space-2': 'calc(var(--_unit) * var(--_space-scale) * 0.5)',
  'space-3': 'calc(var(--_unit) * var(--_space-scale) * 0.75)',
  'space-4': 'calc(var(--_unit) * var(--_space-scale))',
  'space-5': 'calc(var(--_unit) * var(--_space-scale) * 1.5)',
  'space-6': 'calc(var(--_unit) * var(--_space-scale) * 2)',
  'space-8': 'calc(var(--_unit) * var(--_space-scale) * 3)',
  'font-size-sm': 'calc(var(--_unit) * 0.875)',
  'font-size-md': 'var(--_unit)',
  'font-size-lg': 'calc(var(--_unit) * 1.25)',
  'font-size-xl': 'calc(var(--_unit) * 1.5)',
  'font-size-2xl': 'calc(var(--_unit) * 1.875)',
  'border-width': 'max(1px, calc(var(--_unit) / 16))',
  'radius-lg': 'calc(var(--_radius) * 2)',
  'icon-size': 'calc(var(--_unit) * 1.25)',
};
