/**
 * dist/esm/ as an app consumes it: bare `lit` / `@lit/localize` imports
 * resolved by the app (here an import map onto node_modules, as a bundler
 * would), class entries that register nothing, define entries that do, and
 * one Lit for everything.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, repoRoot } from '../../scripts/serve.mjs';
import {
  cspHash,
  expectCleanPage,
  htmlPage,
  importMap,
  launchChromium,
  newPage,
  requiredAttributes,
  routePage,
  waitForRendered,
  widgetNames,
} from './support.js';

/** Imports each widget's class entry, then its define entry, then the index; reports what it saw. */
const probe = (names: readonly string[]) => `
const names = ${JSON.stringify(names)};
const requiredAttributes = ${JSON.stringify(requiredAttributes)};
const report = { widgets: {}, errors: [] };
try {
  for (const name of names) {
    const tag = 'digi-' + name;
    const classModule = await import('/dist/esm/' + name + '/class.js');
    const Class = Object.values(classModule).find((value) => typeof value === 'function' && value.prototype instanceof HTMLElement);
    const registeredByClass = customElements.get(tag) !== undefined;
    const defineModule = await import('/dist/esm/' + name + '.js');
    report.widgets[name] = {
      hasClass: Class !== undefined,
      registeredByClass,
      registeredByDefine: customElements.get(tag) === Class,
      defineExportsClass: Object.values(defineModule).includes(Class),
    };
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(requiredAttributes[name] ?? {})) element.setAttribute(key, value);
    document.body.append(element);
  }
  const index = await import('/dist/esm/index.js');
  const define = await import('/dist/esm/define.js');
  report.index = { version: index.VERSION, defineElement: index.defineElement === define.defineElement };
  report.litCopies = globalThis.litHtmlVersions?.length ?? 0;
} catch (error) {
  report.errors.push(String(error && error.stack || error));
}
window.__esmReport = report;
`;

const version = (JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string }).version;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a strict-CSP page whose module script is `script` (with the import map), and returns what it reported. */
async function runInPage(script: string, path: string) {
  const map = JSON.stringify(importMap());
  // The demo's CSP, plus the hashes of this page's two inline scripts.
  const csp = contentSecurityPolicy.replace("script-src 'self'", `script-src 'self' ${cspHash(map)} ${cspHash(script)}`);
  const { page, log } = await newPage(browser);
  const url = await routePage(
    page,
    path,
    htmlPage({ head: `<script type="importmap">${map}</script>\n<script type="module">${script}</script>` }),
    csp,
  );
  await page.goto(url);
  await page.waitForFunction(() => '__esmReport' in window, undefined, { timeout: 20_000 });
  const report = await page.evaluate(() => (window as unknown as { __esmReport: unknown }).__esmReport);
  return { page, log, report };
}

describe('dist/esm', () => {
  it('class entries register nothing, define entries register, and Lit stays one external copy', async () => {
    const { page, log, report } = await runInPage(probe(widgetNames), '/e2e/esm.html');
    expect(report).toEqual({
      widgets: Object.fromEntries(
        widgetNames.map((name) => [
          name,
          { hasClass: true, registeredByClass: false, registeredByDefine: true, defineExportsClass: true },
        ]),
      ),
      index: { version, defineElement: true },
      litCopies: 1,
      errors: [],
    });
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    await page.context().close();
  });

  it('importing only the package root registers every widget', async () => {
    const script = `
const report = { defined: [], errors: [] };
try {
  const index = await import('/dist/esm/index.js');
  report.defined = ${JSON.stringify(widgetNames)}.filter((name) => customElements.get('digi-' + name) !== undefined);
  report.exportsClasses = Object.values(index).filter((value) => typeof value === 'function' && value.prototype instanceof HTMLElement).length;
} catch (error) {
  report.errors.push(String(error && error.stack || error));
}
window.__esmReport = report;
`;
    const { page, log, report } = await runInPage(script, '/e2e/esm-index.html');
    expect(report).toEqual({ defined: [...widgetNames], exportsClasses: widgetNames.length, errors: [] });
    await expectCleanPage(log);
    await page.context().close();
  });

  it('the ESM build and the CDN bundle on one page: no exception, working widgets, one warning per tag', async () => {
    // An app that imports the package, on a CMS page that also has the one-script-tag snippet.
    const script = `
const report = { errors: [] };
try {
  await import('/dist/esm/index.js');
  await import('/dist/cdn/digi-widgets.js');
} catch (error) {
  report.errors.push(String(error && error.stack || error));
}
report.litCopies = globalThis.litHtmlVersions?.length ?? 0;
window.__esmReport = report;
`;
    const { page, log, report } = await runInPage(script, '/e2e/esm-and-cdn.html');
    expect(report).toEqual({ errors: [], litCopies: 2 });
    await page.evaluate(
      ({ names, attributes }) => {
        for (const name of names) {
          const element = document.createElement(`digi-${name}`);
          for (const [key, value] of Object.entries(attributes[name] ?? {})) element.setAttribute(key, value);
          document.body.append(element);
        }
      },
      { names: widgetNames, attributes: requiredAttributes as Record<string, Record<string, string>> },
    );
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    expect(log.consoleWarnings).toHaveLength(widgetNames.length);
    for (const name of widgetNames) {
      const warnings = log.consoleWarnings.filter((text) => text.includes(`<digi-${name}> is already defined by version ${version}`));
      expect(warnings, `warnings for <digi-${name}>`).toHaveLength(1);
    }
    await page.context().close();
  });
});
