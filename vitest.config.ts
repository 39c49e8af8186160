import { defineConfig, mergeConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, sharedViteConfig, webTestRunnerBridgeStub } from './vite.shared.js';

/** A fresh browser config per project: vitest rejects one object shared by two projects. */
const chromium = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default mergeConfig(
  sharedViteConfig,
  defineConfig({
    plugins: [webTestRunnerBridgeStub()],
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['test/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            browser: chromium(),
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['test/e2e/**/*.test.ts'],
            // Builds dist/ when it is missing or older than the source, then starts scripts/serve.mjs.
            globalSetup: ['test/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            // One headless Chromium at a time: the machines this runs on have 2 cores. The
            // e2e files run one after another, and only after the unit and browser projects.
            fileParallelism: false,
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  }),
);
