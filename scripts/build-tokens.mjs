#!/usr/bin/env node
/**
 * Writes dist/tokens.css from `publicTokensCss()` in src/design/tokens-css.ts,
 * the same code that themes the elements, so the published tokens can never
 * drift from the ones the widgets use. esbuild bundles the TypeScript into
 * memory, Node imports it from a data: URL; no files besides the CSS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/design/tokens-css.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const { publicTokensCss } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const css = publicTokensCss();
if (typeof css !== 'string' || !css.includes('--digi-')) {
  throw new Error('publicTokensCss() did not return the token CSS.');
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/tokens.css', css);
console.log(`dist/tokens.css: ${Buffer.byteLength(css)} bytes`);
