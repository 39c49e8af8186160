#!/usr/bin/env node
/**
 * Writes the conformance reports to dist/conformance/: <widget>.json for each
 * widget and openacr.yaml (OpenACR, GSA's YAML format) for the package, from
 * the TypeScript sources in src/conformance/ (see output.ts for the shapes).
 * As in build-tokens.mjs, esbuild bundles the TypeScript into memory and Node
 * imports it from a data: URL. The report date is today (UTC), or the day of
 * SOURCE_DATE_EPOCH when it is set, for a reproducible build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
  stdin: {
    contents: "export { reports } from './src/conformance/index.ts'; export { openAcr, reportJson, toYaml } from './src/conformance/output.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const { reports, openAcr, reportJson, toYaml } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const { name, version, description } = JSON.parse(readFileSync('package.json', 'utf8'));
const pkg = { name, version, description };
const epoch = process.env.SOURCE_DATE_EPOCH;
const reportDate = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);

mkdirSync('dist/conformance', { recursive: true });
for (const report of reports) {
  const path = `dist/conformance/${report.widget.name}.json`;
  writeFileSync(path, `${JSON.stringify(reportJson(report, pkg), null, 2)}\n`);
  console.log(`${path}: ${Object.keys(report.criteria).length} criteria`);
}
writeFileSync('dist/conformance/openacr.yaml', toYaml(openAcr(reports, pkg, reportDate)));
console.log(`dist/conformance/openacr.yaml: ${reports.length} widgets, report date ${reportDate}`);
