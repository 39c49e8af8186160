/// <reference types="vite/client" />
/**
 * Every story is rendered inside `<div lang data-digi-theme>` from the toolbar's
 * Theme and Language globals, on the theme's own surface colour, so dark
 * themes are reviewed (and checked by the a11y panel) as they will be seen.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { getTheme } from '../src/design/themes.js';
import { defaultTheme, isThemeName, themeNames } from '../src/design/tokens.js';
import { allLocales, isLocale, sourceLocale, type Locale } from '../src/i18n/locales.js';
import { axeTags } from '../test/support/a11y.js';

/*
 * Autodocs tables come from the Custom Elements Manifest (`npm run analyze`
 * writes custom-elements.json at the repository root). A glob, not a plain
 * import, so Storybook still starts when the file has not been generated yet.
 */
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  setCustomElementsManifest(manifest);
} else {
  console.info(
    '[digi-widgets] custom-elements.json not found at the repository root, so the docs pages show no ' +
      'attribute, property, event or CSS part tables. Run `npm run analyze`, then restart Storybook.',
  );
}

const localeLabels: Record<Locale, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
};

const withThemeAndLocale: Decorator = (story, context) => {
  const theme = isThemeName(context.globals['theme']) ? context.globals['theme'] : defaultTheme;
  const locale = isLocale(context.globals['locale']) ? context.globals['locale'] : sourceLocale;
  const { tokens, dark } = getTheme(theme);
  const surface = {
    backgroundColor: tokens['color-surface'],
    color: tokens['color-text'],
    colorScheme: dark ? 'dark' : 'light',
  };
  // In the canvas, paint the whole page; on docs pages each story keeps its own box
  // and the page keeps Storybook's own background.
  Object.assign(
    document.body.style,
    context.viewMode === 'story' ? surface : { backgroundColor: '', color: '', colorScheme: '' },
  );
  return html`<div
    lang=${locale}
    data-digi-theme=${theme}
    style=${styleMap(surface)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Thema (data-digi-theme)',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: themeNames.map((name) => ({ value: name, title: getTheme(name).label })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Taal (lang)',
      toolbar: {
        title: 'Taal',
        icon: 'globe',
        items: allLocales.map((locale) => ({ value: locale, title: localeLabels[locale], right: locale })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: defaultTheme,
    locale: sourceLocale,
  },
  parameters: {
    layout: 'padded',
    options: { storySort: { order: ['Introductie', 'Primitives', 'Widgets', '*'] } },
    controls: { expanded: true },
    a11y: {
      // Violations are errors (red in the panel, failing in test runs), with
      // the same axe rule set as test/support/a11y.ts.
      test: 'error',
      options: { runOnly: { type: 'tag', values: axeTags } },
    },
  },
};

export default preview;
