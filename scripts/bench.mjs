#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, one table, and bench/results.json (the
 * figures, the targets and the machine they were measured on, so that the
 * README's figures can be traced and compared). Exits non-zero when a target
 * is not met (or a benchmark fails to run). Timings depend on the machine:
 * compare runs on the same one.
 *
 *   scripts/bench-demo-page.mjs          demo page: all five widgets rendered, layout shift
 *   scripts/bench-competentieroos.mjs    the rose against Chart.js: bytes, first render
 *   scripts/bench-refurbisher-finder.mjs 10,000 refurbishers: a filter change within a frame
 *   scripts/bench-lighthouse.mjs         Lighthouse 12.2.3, mobile and desktop: the demo page
 *                                        (both snippets) and one page per widget
 *   scripts/bench-interactions.mjs       the longest task at load (unthrottled); each widget's
 *                                        main actions at 4x CPU slowdown (Event Timing)
 *
 * The one-widget pages and the demo page variants are written to bench/pages/
 * by scripts/bench-pages.mjs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

const benches = [
  {
    name: 'demo page',
    script: 'scripts/bench-demo-page.mjs',
    rows: (r) => [
      [`all five widgets rendered (median of ${r.runs})`, `${r.allRenderedMs.fromScriptStart.median} ms from fetching the bundle`, '', ''],
      ['layout shift (CLS), 1280x900 and 320x640', `${r.layoutShift['1280x900']} / ${r.layoutShift['320x640']}`, '0', met(r.targets.layoutShift)],
      [`layout shift, whole page (${r.wholePageLayoutShift.viewport})`, String(r.wholePageLayoutShift.cls), '(reported)', ''],
    ],
  },
  {
    name: 'digi-competentieroos',
    script: 'scripts/bench-competentieroos.mjs',
    rows: (r) => [
      ['bytes against Chart.js (min+gzip)', `${r.ratios.bytes} (${kB(r.bytes.rose.gzip)} / ${kB(r.bytes.chartjs.gzip)})`, '<= 0.2', met(r.targets.bytes)],
      ['first render against Chart.js', `${r.ratios.firstRender} (${r.firstRenderMs.rose} / ${r.firstRenderMs.chartjs} ms)`, '<= 0.5', met(r.targets.firstRender)],
      ['an empty widget on the same base, against Chart.js', `bytes ${r.ratios.emptyWidgetBytes} (${kB(r.bytes.empty.gzip)}), first render ${r.ratios.emptyWidgetFirstRender} (${r.firstRenderMs.empty} ms)`, '(reported)', ''],
    ],
  },
  {
    name: 'digi-refurbisher-finder',
    script: 'scripts/bench-refurbisher-finder.mjs',
    rows: (r) => [
      [`filter change, ${r.refurbishers.toLocaleString('en')} refurbishers (median / worst)`, `${r.filterChangeMs.median} / ${r.filterChangeMs.worst} ms`, '<= 16 ms', met(r.withinFrame)],
      ['first load: validate, index, render the feed', `${r.loadAndValidateMs} ms`, '', ''],
    ],
  },
  {
    name: 'lighthouse',
    script: 'scripts/bench-lighthouse.mjs',
    rows: (r) =>
      Object.entries(r.pages).flatMap(([page, presets]) =>
        Object.entries(presets).map(([preset, m]) => {
          const target = lighthouseTarget(r.targets, page, preset);
          const met_ = target ? met(m.score >= target.score && m.totalBlockingTimeMs <= target.tbt && m.cumulativeLayoutShift === 0) : m.cumulativeLayoutShift === 0 ? '' : met(false);
          return [
            `${page}, ${preset} (median of ${r.runs})`,
            `score ${m.score}, TBT ${m.totalBlockingTimeMs} ms, LCP ${m.largestContentfulPaintMs} ms, CLS ${m.cumulativeLayoutShift}, ${kB(m.bytes)}, longest widget task ${m.longestWidgetTaskMs} ms`,
            target ? `>= ${target.score}, TBT <= ${target.tbt} ms, CLS 0` : 'CLS 0',
            met_,
          ];
        }),
      ),
  },
  {
    name: 'interactions',
    script: 'scripts/bench-interactions.mjs',
    rows: (r) => [
      ...Object.entries(r.longestTaskAtLoadMs).map(([page, t]) => [
        `${page}: longest task at load, unthrottled (median / worst of ${r.runs})`,
        `${t.median} / ${t.worst} ms`,
        `<= ${r.targets.longestTaskMs} ms`,
        met(t.median <= r.targets.longestTaskMs),
      ]),
      ...Object.entries(r.interactions).flatMap(([page, actions]) =>
        actions.map((a) => [
          `${page}: ${a.action} (${r.cpuSlowdown}x slowdown)`,
          `${a.eventMs} ms to paint (worst ${a.eventWorstMs}), longest frame ${a.longestFrameMs} ms${a.toRedirectMs !== undefined ? `, redirect after ${a.toRedirectMs} ms` : ''}`,
          `<= ${r.targets.eventMs} ms`,
          met(a.eventMs <= r.targets.eventMs && a.longestFrameMs <= r.targets.longestFrameMs),
        ]),
      ),
    ],
  },
];

/** The mobile targets: one-widget pages, and the demo page with the README's first snippet. */
function lighthouseTarget(targets, page, preset) {
  if (preset !== 'mobile') return undefined;
  const { score, totalBlockingTime } = page.startsWith('demo') ? targets.demo : targets.oneWidget;
  if (page.startsWith('demo') && page !== targets.demo.page) return undefined;
  return { score, tbt: totalBlockingTime };
}

function met(value) {
  return value ? 'met' : 'NOT met';
}
function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

const results = {};
const rows = [];
const failed = [];
for (const bench of benches) {
  process.stderr.write(`${bench.name}…\n`);
  const run = spawnSync(process.execPath, [bench.script, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  let result;
  try {
    result = JSON.parse(run.stdout);
  } catch {
    console.error(`${bench.script} did not report (exit ${run.status}):\n${run.stdout}`);
    process.exit(1);
  }
  results[bench.name] = result;
  for (const row of bench.rows(result)) {
    rows.push([bench.name, ...row]);
    if (row[3] === met(false)) failed.push(`${bench.name}: ${row[0]}`);
  }
}

const chromium = (() => {
  try {
    // Debian's wrapper script prints a shell warning on stderr here: ignore it.
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = { node: process.version, chromium, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30) };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ measured: new Date().toISOString(), machine, results }, null, 2)}\n`);

const header = ['bench', 'figure', 'value', 'target', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`\n${machine.cpus} x ${machine.cpu}, ${machine.memoryGB} GB, ${chromium}, Node ${machine.node}. Written to bench/results.json.`);
if (failed.length) {
  console.error(`Targets not met:\n  ${failed.join('\n  ')}`);
  process.exitCode = 1;
}
