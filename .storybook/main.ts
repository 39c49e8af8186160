/**
 * Storybook for designers and accessibility testers: every primitive (and,
 * later, every widget) in every theme and locale, with the a11y panel on.
 *
 * Runs fully offline: no telemetry, no crash reports, no "what's new" fetches,
 * system fonts only. Vite settings come from `vite.shared.ts`, so Storybook
 * transforms and pre-bundles the source exactly as vitest does.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';
import { cdnSnippet } from '../scripts/cdn-integrity.mjs';
import { sharedViteConfig } from '../vite.shared.js';

/**
 * `virtual:digi-cdn-snippet`: the script tag with the Subresource Integrity
 * hash of the built dist/cdn/digi-widgets.js (`npm run build` writes
 * dist/cdn/integrity.json), or null when the package has not been built.
 */
function cdnSnippetModule(): Plugin {
  const id = 'virtual:digi-cdn-snippet';
  const file = new URL('../dist/cdn/integrity.json', import.meta.url);
  return {
    name: 'digi-cdn-snippet',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      if (!existsSync(file)) return 'export default null;';
      const integrity = JSON.parse(readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify({ version: integrity.version, snippet: cdnSnippet(integrity) })};`;
    },
  };
}

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  // The theme toolbar paints the canvas with the theme's own surface; a second
  // background picker would only let reviewers check contrast on the wrong colour.
  features: {
    backgrounds: false,
  },
  viteFinal: (viteConfig) => mergeConfig(mergeConfig(viteConfig, sharedViteConfig), { plugins: [cdnSnippetModule()] }),
};

export default config;
