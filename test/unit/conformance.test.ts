/**
 * The conformance reports (src/conformance/) against the repository: every
 * WCAG 2.2 A/AA criterion answered, every test they cite found in its file,
 * every "supports" backed, every not-applicable explained, and the states
 * they cover the stories of the widget. The rules live in
 * src/conformance/check.ts; the last block shows each rule can fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport, titleMatches, type Repository } from '../../src/conformance/check.js';
import { reports } from '../../src/conformance/index.js';
import { combinedStatus, openAcr, reportJson, toYaml } from '../../src/conformance/output.js';
import type { ConformanceReport } from '../../src/conformance/types.js';
import { removed, wcag22 } from '../../src/conformance/wcag22.js';
import { widgets } from '../../src/widgets.js';
import { storyExports, testTitles } from '../support/test-titles.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => (existsSync(new URL(path, root)) ? readFileSync(new URL(path, root), 'utf8') : undefined);

const titles = new Map<string, ReturnType<Repository['testTitles']>>();
const repository: Repository = {
  testTitles: (file) => {
    if (!titles.has(file)) {
      const source = read(file);
      titles.set(file, source === undefined ? undefined : testTitles(source, file));
    }
    return titles.get(file);
  },
  storyNames: (file) => {
    const source = read(file);
    return source === undefined ? undefined : storyExports(source);
  },
};

describe('the WCAG 2.2 list', () => {
  it('has the 55 success criteria of levels A (31) and AA (24), without 4.1.1', () => {
    expect(wcag22).toHaveLength(55);
    expect(wcag22.filter((criterion) => criterion.level === 'A')).toHaveLength(31);
    expect(wcag22.filter((criterion) => criterion.level === 'AA')).toHaveLength(24);
    expect(new Set(wcag22.map((criterion) => criterion.num)).size).toBe(55);
    expect(wcag22.map((criterion) => criterion.num)).not.toContain('4.1.1');
    expect(removed.map((criterion) => criterion.num)).toEqual(['4.1.1']);
    // The 2.2 additions at A and AA.
    expect(wcag22.map((criterion) => criterion.num)).toEqual(expect.arrayContaining(['2.4.11', '2.5.7', '2.5.8', '3.2.6', '3.3.7', '3.3.8']));
  });

  it('is in the order of the standard', () => {
    const key = (num: string) => num.split('.').map(Number);
    const sorted = [...wcag22].sort((a, b) => {
      const [x, y] = [key(a.num), key(b.num)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    });
    expect(wcag22.map((criterion) => criterion.num)).toEqual(sorted.map((criterion) => criterion.num));
  });
});

describe('a conformance report per widget', () => {
  it('exists for every widget, each in its own file', () => {
    expect(reports.map((report) => report.widget.name).sort()).toEqual(widgets.map((widget) => widget.name).sort());
    for (const report of reports) {
      expect(existsSync(new URL(`src/conformance/${report.widget.name}.ts`, root)), report.widget.name).toBe(true);
      expect(report.widget.tag).toBe(`digi-${report.widget.name}`);
      expect(read(report.widget.storiesFile), report.widget.storiesFile).toContain(`title: '${report.widget.storyTitle}'`);
    }
  });

  it.each(reports.map((report) => [report.widget.name, report] as const))('%s keeps every rule', (_name, report) => {
    expect(checkReport(report, repository)).toEqual([]);
  });

  it('records no manual check as done: none has been carried out yet', () => {
    const done = reports.flatMap((report) =>
      Object.entries(report.criteria).flatMap(([num, entry]) =>
        entry.manualChecks.filter((check) => check.done).map((check) => `${report.widget.name} ${num}: ${check.setup}`),
      ),
    );
    expect(done).toEqual([]);
  });
});

describe('test titles as the reports name them', () => {
  const source = `
    describe('outer', () => {
      it('plain', () => {});
      it.each([1, 2])('width %ipx, %% of it', () => {});
      for (const w of list) it(\`<\${w.tag}> works\`, () => {});
      describe.each(themes)('theme %s', () => { test.skip('inner', () => {}); });
    });
    const name = \`\${a} › \${b}\`;
    test(name, () => {});`;
  const titles = testTitles(source);

  it('reads literal, printf and template titles, nested in describe blocks, and a title held in a constant', () => {
    const has = (name: string) => titles.some((title) => titleMatches(name, title));
    expect(has('outer > plain')).toBe(true);
    expect(has('outer > width %ipx, % of it')).toBe(true);
    expect(has('outer > width 320px, % of it')).toBe(true);
    expect(has('outer > <digi-x> works')).toBe(true);
    expect(has('outer > <${w.tag}> works')).toBe(true);
    expect(has('outer > theme dark > inner')).toBe(true);
    expect(has('Widgets/X › Default')).toBe(true);
    expect(has('plain')).toBe(false);
    expect(has('outer > plain and more')).toBe(false);
    expect(has('outer > theme dark > other')).toBe(false);
  });
});

describe('the checker fails on a broken report', () => {
  const good = reports[0]!;
  const copy = (): ConformanceReport => structuredClone(good);
  const problemsOf = (report: ConformanceReport) => checkReport(report, repository);

  it('a missing and an unknown criterion', () => {
    const report = copy();
    const criteria = report.criteria as Record<string, unknown>;
    delete criteria['1.4.10'];
    criteria['4.1.1'] = criteria['1.1.1'];
    expect(problemsOf(report)).toEqual(['1.4.10: missing', '4.1.1: not a WCAG 2.2 A or AA criterion']);
  });

  it('a test that does not exist, and a file that does not exist', () => {
    const report = copy();
    report.criteria['2.1.1'].evidence = [
      { file: 'test/e2e/keyboard.test.ts', name: 'keyboard walk on the demo page > a test nobody wrote' },
      { file: 'test/e2e/no-such-file.test.ts', name: 'anything' },
    ];
    expect(problemsOf(report)).toEqual([
      '2.1.1: test/e2e/keyboard.test.ts has no test "keyboard walk on the demo page > a test nobody wrote"',
      '2.1.1: test/e2e/no-such-file.test.ts does not exist',
    ]);
  });

  it('a "supports" with neither a test nor a manual check done, and one marked done without its facts', () => {
    const report = copy();
    report.criteria['1.4.12'] = { status: 'supports', remarks: 'Trust us.', evidence: [], manualChecks: [{ setup: 'NVDA', steps: 'Read it.' }] };
    report.criteria['1.4.3'].manualChecks = [
      { setup: 'A person', steps: 'Look.', done: { date: 'yesterday', browser: '', assistiveTechnology: 'none', result: 'fine' } },
    ];
    expect(problemsOf(report)).toEqual([
      '1.4.3: manual check "A person" is marked done without date, browser, assistive technology and result',
      '1.4.12: "supports" without an automated test or a manual check done',
    ]);
  });

  it('a not-applicable without a reason, and a partial support without remarks', () => {
    const report = copy();
    report.criteria['1.2.1'].remarks = ' ';
    report.criteria['1.3.3'].remarks = '';
    expect(problemsOf(report)).toEqual(['1.2.1: not-applicable without a reason', '1.3.3: partially-supports without remarks on the gap']);
  });

  it('states that are not stories, and stories that are not covered', () => {
    const report = copy();
    report.states = [...report.states.slice(1), 'NoSuchStory'];
    expect(problemsOf(report)).toEqual([`states: NoSuchStory is not a story in ${good.widget.storiesFile}`, `states: story ${good.states[0]} is not covered`]);
    expect(problemsOf({ ...copy(), widget: { ...good.widget, storiesFile: 'stories/widgets/gone.stories.ts' } })).toEqual([
      'states: stories/widgets/gone.stories.ts does not exist',
    ]);
  });
});

describe('the build output (dist/conformance/)', () => {
  const pkg = { name: '@digisprong/widgets', version: '1.2.3', description: 'Widgets.' };

  it('a widget\'s JSON lists the 55 criteria in order, with name and level, and says which checks by hand are not done', () => {
    const json = reportJson(reports[0]!, pkg);
    expect(json.criteria.map((criterion) => criterion.num)).toEqual(wcag22.map((criterion) => criterion.num));
    expect(json.criteria[0]).toMatchObject({ num: '1.1.1', name: 'Non-text Content', level: 'A' });
    expect(json.criteria.flatMap((criterion) => criterion.manualChecks).every((check) => check.done === null)).toBe(true);
  });

  it('the package status of a criterion is the weakest among the widgets it applies to', () => {
    expect(combinedStatus(['not-applicable', 'not-applicable'])).toBe('not-applicable');
    expect(combinedStatus(['supports', 'not-applicable'])).toBe('supports');
    expect(combinedStatus(['supports', 'partially-supports', 'not-applicable'])).toBe('partially-supports');
    expect(combinedStatus(['partially-supports', 'does-not-support'])).toBe('does-not-support');
  });

  it('OpenACR: the WCAG 2.2 catalog, every A and AA criterion (4.1.1 as removed), a note per widget', () => {
    const acr = openAcr(reports, pkg, '2027-01-15');
    expect(acr).toMatchObject({ catalog: '2.5-edition-wcag-2.2-en', report_date: '2027-01-15', product: { name: pkg.name, version: '1.2.3' } });
    const a = acr.chapters.success_criteria_level_a.criteria;
    const aa = acr.chapters.success_criteria_level_aa.criteria;
    expect(a.map((criterion) => criterion.num)).toEqual([...wcag22.filter((c) => c.level === 'A').map((c) => c.num), '4.1.1'].sort((x, y) => x.localeCompare(y, 'en', { numeric: true })));
    expect(aa.map((criterion) => criterion.num)).toEqual(wcag22.filter((c) => c.level === 'AA').map((c) => c.num));
    const reflow = aa.find((criterion) => criterion.num === '1.4.10')!.components[0]!;
    expect(reflow.name).toBe('web');
    for (const report of reports) expect(reflow.adherence.notes).toContain(`${report.widget.label}: ${report.criteria['1.4.10'].status}.`);
    expect(a.find((criterion) => criterion.num === '4.1.1')!.components[0]!.adherence.level).toBe('not-applicable');
  });

  it('YAML: block style, every string double-quoted, so numbers like 1.4.10 stay strings', () => {
    expect(toYaml({ title: 'Report: "quoted"', criteria: [{ num: '1.4.10', components: [{ name: 'web', adherence: { level: 'supports', notes: 'a\nb' } }] }], disabled: true, empty: [] })).toBe(
      [
        'title: "Report: \\"quoted\\""',
        'criteria:',
        '  - num: "1.4.10"',
        '    components:',
        '      - name: "web"',
        '        adherence:',
        '          level: "supports"',
        '          notes: "a\\nb"',
        'disabled: true',
        'empty: []',
        '',
      ].join('\n'),
    );
  });
});
