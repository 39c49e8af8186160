#!/usr/bin/env node
/**
 * Benchmark: <digi-competentieroos> against Chart.js drawing a polar-area
 * chart of the same 22 values, in the same Chromium run.
 *
 *   bytes               min+gzip of what a page loads before the first render:
 *                       the widget's bundle (Lit, the foundation, the widget,
 *                       without its lazily loaded chunks) against Chart.js with
 *                       only what a polar-area chart registers (tree-shaken).
 *   time to first render from starting to load the bundle until the chart is
 *                       drawn and a frame has been painted; median of RUNS
 *                       fresh pages, the two alternating which goes first.
 *
 * Both bundles are built here with esbuild (minified, production Lit) and
 * served from memory on 127.0.0.1; nothing is fetched from the network.
 * Targets: our bytes <= 1/5 of Chart.js's, our first render <= 1/2 of its time.
 *
 * A third bundle, reported beside them, is an empty widget on the same base
 * (Lit, @lit/localize, DigiElement, registration): what any widget costs before
 * drawing anything, so the report shows how much of each target the stack the
 * widgets must use leaves for the rose.
 *
 *   node scripts/bench-competentieroos.mjs            # RUNS=15 by default
 *   RUNS=31 node scripts/bench-competentieroos.mjs --json
 */
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchBenchBrowser, median, serveFromMemory } from './bench-support.mjs';
import { emptyWidgetSource } from './empty-widget.mjs';

const runs = Number(process.env.RUNS || 15);

/** The 22 DigCompEdu levels of one teacher, 1 (A1) to 6 (C2), in framework order. */
const values = [3, 4, 2, 3, 5, 4, 3, 4, 3, 2, 2, 1, 2, 2, 3, 2, 3, 4, 3, 2, 3, 1];
const ids = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '6.4', '6.5'];

const entries = {
  rose: `
    // What src/components/competentieroos/define.ts does, spelled out, so the bench registers the tag
    // without the define module's prefix handling.
    import { defineElement } from './src/core/define.ts';
    import { DigiCompetentieroos } from './src/components/competentieroos/competentieroos.ts';
    defineElement('competentieroos', DigiCompetentieroos);
    export async function draw(host) {
      const rose = document.createElement('digi-competentieroos');
      rose.profile = ${JSON.stringify(Object.fromEntries(ids.map((id, index) => [id, values[index]])))};
      host.append(rose);
      await rose.updateComplete;
    }`,
  empty: `
    ${emptyWidgetSource({ content: '<p>Competentieroos</p>' })}
    export async function draw(host) {
      const element = document.createElement('digi-empty');
      host.append(element);
      await element.updateComplete;
    }`,
  chartjs: `
    import { Chart, PolarAreaController, ArcElement, RadialLinearScale, Legend, Tooltip } from 'chart.js';
    Chart.register(PolarAreaController, ArcElement, RadialLinearScale, Legend, Tooltip);
    export async function draw(host) {
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', 'Competentieroos');
      host.append(canvas);
      new Chart(canvas, {
        type: 'polarArea',
        data: { labels: ${JSON.stringify(ids)}, datasets: [{ data: ${JSON.stringify(values)} }] },
        options: { animation: false, responsive: true, scales: { r: { min: 0, max: 6, ticks: { stepSize: 1 } } } },
      });
    }`,
};

/** Builds one entry; returns its files and the bytes of its static closure (entry + statically imported chunks). */
async function bundle(name, contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: `${name}.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: `/${name}`,
    entryNames: name,
    conditions: ['production'],
    target: 'es2021',
    tsconfig: 'tsconfig.json',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [file.path, file.contents]));
  // The metafile names outputs relative to the working directory.
  const outputs = result.metafile.outputs;
  const closure = new Set();
  const visit = (key) => {
    if (closure.has(key)) return;
    closure.add(key);
    for (const edge of outputs[key]?.imports ?? []) if (edge.kind === 'import-statement') visit(edge.path);
  };
  visit(relative(process.cwd(), `/${name}/${name}.js`));
  let min = 0;
  let gzip = 0;
  for (const key of closure) {
    const contents = files.get(resolve(process.cwd(), key));
    min += contents.length;
    gzip += gzipSync(contents).length;
  }
  return { files, min, gzip };
}

const bundles = Object.fromEntries(await Promise.all(Object.entries(entries).map(async ([name, code]) => [name, await bundle(name, code)])));
const served = new Map();
for (const { files } of Object.values(bundles)) for (const [path, contents] of files) served.set(path, contents);
served.set('/', Buffer.from('<!doctype html><html lang="nl"><meta charset="utf-8"><title>bench</title><body><div id="host" style="width:480px"></div></body></html>'));

const server = await serveFromMemory(served);
const origin = server.origin;
const browser = await launchBenchBrowser();
const times = { rose: [], empty: [], chartjs: [] };
try {
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? ['chartjs', 'empty', 'rose'] : ['rose', 'empty', 'chartjs'];
    for (const name of order) {
      const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
      await page.goto(`${origin}/`);
      const elapsed = await page.evaluate(async (url) => {
        const start = performance.now();
        const module = await import(url);
        await module.draw(document.getElementById('host'));
        // The first frame with the chart in it.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - start;
      }, `${origin}/${name}/${name}.js`);
      times[name].push(elapsed);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const report = {
  runs,
  bytes: Object.fromEntries(Object.entries(bundles).map(([name, { min, gzip }]) => [name, { min, gzip }])),
  firstRenderMs: Object.fromEntries(Object.entries(times).map(([name, list]) => [name, Math.round(median(list) * 10) / 10])),
};
report.ratios = {
  bytes: Math.round((report.bytes.rose.gzip / report.bytes.chartjs.gzip) * 100) / 100,
  firstRender: Math.round((report.firstRenderMs.rose / report.firstRenderMs.chartjs) * 100) / 100,
  // The same ratios for the empty widget: the part of each target the base alone takes.
  emptyWidgetBytes: Math.round((report.bytes.empty.gzip / report.bytes.chartjs.gzip) * 100) / 100,
  emptyWidgetFirstRender: Math.round((report.firstRenderMs.empty / report.firstRenderMs.chartjs) * 100) / 100,
};
report.targets = { bytes: report.ratios.bytes <= 0.2, firstRender: report.ratios.firstRender <= 0.5 };

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`<digi-competentieroos> vs Chart.js polar area, 22 values, ${runs} runs each (median)`);
  console.log(`  bytes min+gzip   ours ${kb(report.bytes.rose.gzip)}   Chart.js ${kb(report.bytes.chartjs.gzip)}   ratio ${report.ratios.bytes} (target <= 0.2: ${report.targets.bytes ? 'met' : 'not met'})`);
  console.log(`  first render     ours ${report.firstRenderMs.rose} ms   Chart.js ${report.firstRenderMs.chartjs} ms   ratio ${report.ratios.firstRender} (target <= 0.5: ${report.targets.firstRender ? 'met' : 'not met'})`);
  console.log(`  an empty widget on the same base: ${kb(report.bytes.empty.gzip)} (${report.ratios.emptyWidgetBytes}), ${report.firstRenderMs.empty} ms (${report.ratios.emptyWidgetFirstRender})`);
}
