/**
 * Storybook for designers and accessibility testers: every primitive (and,
 * later, every widget) in every theme and locale, with the a11y panel on.
 *
 * Runs fully offline: no telemetry, no crash reports, no "what's new" fetches,
 * system fonts only. Vite settings come from `vite.shared.ts`, so Storybook
 * transforms and pre-bundles the source exactly as vitest does.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { sharedViteConfig } from '../vite.shared.js';

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
  viteFinal: (viteConfig) => mergeConfig(viteConfig, sharedViteConfig),
};

export default config;
