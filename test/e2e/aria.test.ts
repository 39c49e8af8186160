/**
 * Accessible names and roles from Chromium's accessibility tree (Playwright's
 * aria snapshot of each widget on the demo page): every interactive node has
 * a role and a non-empty name, and the whole tree matches the snapshot
 * checked in under test/e2e/__aria__/, so a change in what assistive
 * technology hears is reviewed like code.
 *
 * After an intended change: `UPDATE_ARIA_SNAPSHOTS=1 npx vitest run --project e2e test/e2e/aria.test.ts`,
 * then read the diff of test/e2e/__aria__/ before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, newPage, waitForRendered, widgetNames } from './support.js';

const snapshotDir = new URL('./__aria__/', import.meta.url);
const update = process.env.UPDATE_ARIA_SNAPSHOTS === '1';
const interactiveRoles = ['button', 'link', 'textbox', 'combobox', 'radio', 'checkbox', 'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'option', 'searchbox'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility tree of every widget', () => {
  it.each(widgetNames)('<digi-%s>: named interactive nodes, and the tree as checked in', async (name) => {
    const { page } = await newPage(browser);
    await page.goto(`${baseUrl()}/demo/`);
    await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    const snapshot = await page.locator(`digi-${name}`).ariaSnapshot();

    const unnamed = snapshot
      .split('\n')
      // YAML quotes a line that holds a colon: `- 'button "1.1 …: B1"'`.
      .map((line) => line.trim().replace(/^- '(.*)'$/, '- $1'))
      .filter((line) => {
        const role = /^- ([a-z]+)\b/.exec(line)?.[1];
        return role !== undefined && interactiveRoles.includes(role) && !/^- [a-z]+ "[^"]+"/.test(line) && !/^- [a-z]+ \/.+\//.test(line);
      });
    expect(unnamed, 'interactive nodes without a name').toEqual([]);

    const file = new URL(`${name}.yml`, snapshotDir);
    if (update || !existsSync(file)) {
      if (!update) throw new Error(`No aria snapshot for <digi-${name}>: run with UPDATE_ARIA_SNAPSHOTS=1 and review ${file.pathname}.`);
      mkdirSync(snapshotDir, { recursive: true });
      writeFileSync(file, `${snapshot}\n`);
    }
    expect(snapshot).toBe(readFileSync(file, 'utf8').replace(/\n$/, ''));
    await page.context().close();
  });
});
