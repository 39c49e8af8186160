/**
 * Renders every widget with @lit-labs/ssr from the built package (dist/esm),
 * as a school site's Node server would, and prints `{ [name]: html }` as
 * JSON. The end-to-end tests run it as a child process, so the server DOM
 * shim never meets the test runner.
 *
 *   node test/e2e/ssr-render.mjs [lang]     # e.g. fr-BE; Dutch by default
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const lang = process.argv[2] ?? 'nl-BE';
const { prepareServerRender } = await import('../../dist/esm/index.js');
await prepareServerRender([lang]);

const templates = {
  'cost-calculator': html`<digi-cost-calculator lang=${lang}></digi-cost-calculator>`,
  competentieroos: html`<digi-competentieroos lang=${lang}></digi-competentieroos>`,
  'refurbisher-finder': html`<digi-refurbisher-finder lang=${lang}></digi-refurbisher-finder>`,
  'cyber-checklist': html`<digi-cyber-checklist lang=${lang}></digi-cyber-checklist>`,
  'leerid-login': html`<digi-leerid-login lang=${lang} issuer="https://leerid.example.test" client-id="e2e-school-site"></digi-leerid-login>`,
};

const rendered = {};
for (const [name, template] of Object.entries(templates)) rendered[name] = await collectResult(render(template));
process.stdout.write(JSON.stringify(rendered));
