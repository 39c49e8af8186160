#!/usr/bin/env node
/**
 * Benchmark: the demo school page (demo/index.html with the one-script-tag
 * CDN bundle from dist/, served by scripts/serve.mjs with its strict CSP).
 *
 *   all rendered   from the moment the page starts fetching the bundle until
 *                  all five widgets have rendered content (checked every
 *                  frame); median and worst of RUNS cold page loads (a fresh
 *                  browser context each, so nothing is cached). Also from the
 *                  start of navigation.
 *   layout shift   Cumulative Layout Shift (the Layout Instability API) from
 *                  navigation until the network has been idle for a second
 *                  after the widgets rendered (lazy parts included), in a
 *                  1280x900 and a 320x640 viewport: what a visitor who does
 *                  not scroll meets. Target 0. Also reported, not a target:
 *                  the same in a viewport as tall as the page, where every
 *                  shift below the fold counts (a visitor who scrolled down
 *                  before the widgets rendered); widgets rendered in the
 *                  browser grow from nothing, so there it is not 0.
 *
 * Needs a build (`npm run build`); nothing is fetched from the network.
 *
 *   node scripts/bench-demo-page.mjs              # RUNS=20 by default
 *   RUNS=5 node scripts/bench-demo-page.mjs --json
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBenchBrowser, median } from './bench-support.mjs';
import { repoRoot, startServer } from './serve.mjs';

const runs = Number(process.env.RUNS || 20);
const bundlePath = '/dist/cdn/digi-widgets.js';
const tags = ['digi-cost-calculator', 'digi-competentieroos', 'digi-refurbisher-finder', 'digi-cyber-checklist', 'digi-leerid-login'];

if (!existsSync(join(repoRoot, bundlePath))) {
  console.error(`${bundlePath} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/**
 * Runs in the page before its own scripts: sums layout shifts and notes the
 * first frame in which every widget has rendered content.
 */
const probe = (tagNames) => {
  const state = { cls: 0, shifts: [], allRendered: undefined };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      state.cls += entry.value;
      state.shifts.push({
        value: entry.value,
        at: entry.startTime,
        nodes: entry.sources.map((source) => source.node?.nodeName?.toLowerCase() ?? '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const rendered = (tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return !!root && root.querySelector('[part~="base"]') !== null && (root.textContent ?? '').trim().length > 0;
  };
  const check = () => {
    if (tagNames.every(rendered)) state.allRendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const server = await startServer({ port: 0 });
const browser = await launchBenchBrowser();

/** One cold load of the demo page in `viewport`; what the probe saw. */
async function load(viewport) {
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.addInitScript(probe, tags);
  await page.goto(`${server.url}/demo/`);
  await page.waitForFunction(() => window.__bench.allRendered !== undefined, undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const measured = await page.evaluate((bundle) => {
    const script = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === bundle);
    return {
      scriptStart: script?.startTime,
      allRendered: window.__bench.allRendered,
      cls: window.__bench.cls,
      shifts: window.__bench.shifts,
      pageHeight: document.documentElement.scrollHeight,
    };
  }, bundlePath);
  await context.close();
  if (errors.length) throw new Error(`The demo page reported errors:\n${errors.join('\n')}`);
  if (measured.scriptStart === undefined) throw new Error(`The demo page did not load ${bundlePath}.`);
  return measured;
}

let report;
try {
  const loads = [];
  for (let run = 0; run < runs; run++) loads.push(await load({ width: 1280, height: 900 }));
  const fromScript = loads.map((entry) => entry.allRendered - entry.scriptStart);
  const fromNavigation = loads.map((entry) => entry.allRendered);
  const narrow = await load({ width: 320, height: 640 });
  // As tall as the page (Chromium draws up to 32,000 px here without trouble).
  const wholeHeight = Math.min(32_000, Math.ceil(loads[0].pageHeight));
  const wholePage = await load({ width: 1280, height: wholeHeight });
  const layoutShift = {
    '1280x900': round(Math.max(...loads.map((entry) => entry.cls)), 4),
    '320x640': round(narrow.cls, 4),
  };
  report = {
    runs,
    allRenderedMs: {
      fromScriptStart: { median: round(median(fromScript)), worst: round(Math.max(...fromScript)) },
      fromNavigation: { median: round(median(fromNavigation)), worst: round(Math.max(...fromNavigation)) },
    },
    layoutShift,
    wholePageLayoutShift: { viewport: `1280x${wholeHeight}`, cls: round(wholePage.cls, 4) },
    /** The shifts that count against the target, with the elements that moved. */
    shifts: [...loads.flatMap((entry) => entry.shifts), ...narrow.shifts].slice(0, 20),
  };
  report.targets = { layoutShift: Object.values(layoutShift).every((value) => value === 0) };
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  const rendered = report.allRenderedMs;
  console.log(`Demo page, all five widgets, CDN bundle, ${runs} cold loads`);
  console.log(`  all rendered   median ${rendered.fromScriptStart.median} ms, worst ${rendered.fromScriptStart.worst} ms from fetching the bundle (${rendered.fromNavigation.median} ms from navigation)`);
  console.log(`  layout shift   ${Object.entries(report.layoutShift).map(([viewport, cls]) => `${viewport}: ${cls}`).join(', ')} (target 0: ${report.targets.layoutShift ? 'met' : 'NOT met'})`);
  console.log(`  whole page     ${report.wholePageLayoutShift.cls} in ${report.wholePageLayoutShift.viewport} (every shift below the fold counted; not a target)`);
  for (const shift of report.shifts) console.log(`    shift ${round(shift.value, 4)} at ${round(shift.at)} ms: ${shift.nodes.join(', ')}`);
}
process.exitCode = report.targets.layoutShift ? 0 : 1;
