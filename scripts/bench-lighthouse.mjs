#!/usr/bin/env node
/**
 * Benchmark: Lighthouse 12.2.3 (pinned: 13 needs Node 22) as a web team runs
 * it, with Debian's Chromium, on the pages of scripts/bench-pages.mjs served
 * by scripts/serve.mjs (brotli, cache headers, the strict CSP). Both presets:
 * mobile (simulated slow 4G, 4x CPU slowdown) and desktop. Per page and
 * preset, the median of RUNS runs (3 by default) of:
 *
 *   score, TBT, LCP, CLS   Lighthouse's performance score and metrics
 *   bytes                  everything transferred (compressed)
 *   longest task           the longest main-thread task that Lighthouse
 *                          attributes to the widgets' code (dist/), as
 *                          simulated for the preset
 *
 * Targets (mobile): every one-widget page scores >= 0.98 with TBT <= 50 ms;
 * the demo page with the README's first snippet (the autoloader) >= 0.95
 * with TBT <= 150 ms; CLS 0 everywhere.
 *
 *   node scripts/bench-lighthouse.mjs                # RUNS=3
 *   RUNS=1 PAGES=digi-competentieroos node scripts/bench-lighthouse.mjs --json
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './bench-support.mjs';
import { writeBenchPages } from './bench-pages.mjs';
import { repoRoot, startServer } from './serve.mjs';

const runs = Number(process.env.RUNS || 3);
const only = process.env.PAGES ? new Set(process.env.PAGES.split(',')) : undefined;

const lighthouseTargets = {
  oneWidget: { score: 0.98, totalBlockingTime: 50 },
  demo: { page: 'demo-autoloader', score: 0.95, totalBlockingTime: 150 },
  cumulativeLayoutShift: 0,
};

if (!existsSync(join(repoRoot, 'dist/cdn/autoloader.js'))) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

/** The flags the machine's notes give for headless Chromium as root on a closed network. */
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

/** What one Lighthouse result says, in the report's terms. */
function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const longTasks = lhr.audits['long-tasks']?.details?.items ?? [];
  const ours = longTasks.filter((task) => typeof task.url === 'string' && new URL(task.url, 'http://x').pathname.startsWith('/dist/'));
  return {
    score: lhr.categories.performance.score,
    totalBlockingTime: numeric('total-blocking-time'),
    largestContentfulPaint: numeric('largest-contentful-paint'),
    cumulativeLayoutShift: numeric('cumulative-layout-shift'),
    bytes: numeric('total-byte-weight'),
    longestWidgetTask: Math.max(0, ...ours.map((task) => task.duration)),
    longestTask: Math.max(0, ...longTasks.map((task) => task.duration)),
  };
}

function medianOf(samples) {
  const keys = Object.keys(samples[0]);
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))]));
}

const server = await startServer({ port: 0 });
const pages = writeBenchPages(server.url).filter((page) => !only || only.has(page.name));
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags });
const report = { runs, lighthouse: '12.2.3', pages: {} };
try {
  for (const page of pages) {
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ]) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`  lighthouse ${page.name} ${preset} ${run + 1}/${runs}\n`);
        const result = await lighthouse(
          `${server.url}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          config,
        );
        if (!result) throw new Error(`Lighthouse gave no result for ${page.name}`);
        samples.push(summarise(result.lhr));
      }
      const middle = medianOf(samples);
      (report.pages[page.name] ??= {})[preset] = {
        score: round(middle.score, 2),
        totalBlockingTimeMs: round(middle.totalBlockingTime),
        largestContentfulPaintMs: round(middle.largestContentfulPaint),
        cumulativeLayoutShift: round(middle.cumulativeLayoutShift, 4),
        bytes: round(middle.bytes),
        longestWidgetTaskMs: round(middle.longestWidgetTask),
        longestTaskMs: round(middle.longestTask),
        scores: samples.map((sample) => sample.score),
      };
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const failures = [];
for (const [name, presets] of Object.entries(report.pages)) {
  const mobile = presets.mobile;
  const target = name.startsWith('demo') ? (name === lighthouseTargets.demo.page ? lighthouseTargets.demo : undefined) : lighthouseTargets.oneWidget;
  if (target && mobile.score < target.score) failures.push(`${name}: mobile score ${mobile.score} < ${target.score}`);
  if (target && mobile.totalBlockingTimeMs > target.totalBlockingTime) failures.push(`${name}: mobile TBT ${mobile.totalBlockingTimeMs} ms > ${target.totalBlockingTime} ms`);
  for (const [preset, result] of Object.entries(presets)) {
    if (result.cumulativeLayoutShift > lighthouseTargets.cumulativeLayoutShift) failures.push(`${name}: ${preset} CLS ${result.cumulativeLayoutShift} > 0`);
  }
}
report.failures = failures;
report.targetsMet = failures.length === 0;
report.targets = lighthouseTargets;

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`Lighthouse 12.2.3, median of ${runs} runs; bytes compressed`);
  console.log('page                      preset   score  TBT ms  LCP ms    CLS   bytes  longest widget task ms');
  for (const [name, presets] of Object.entries(report.pages)) {
    for (const [preset, r] of Object.entries(presets)) {
      console.log(
        `${name.padEnd(26)}${preset.padEnd(9)}${String(r.score).padStart(5)}${String(r.totalBlockingTimeMs).padStart(8)}${String(r.largestContentfulPaintMs).padStart(8)}${String(r.cumulativeLayoutShift).padStart(7)}${String(r.bytes).padStart(8)}${String(r.longestWidgetTaskMs).padStart(8)}`,
      );
    }
  }
  for (const failure of failures) console.log(`  NOT met: ${failure}`);
}
process.exitCode = failures.length ? 1 : 0;
