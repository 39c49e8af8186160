/**
 * What scripts/build-conformance.mjs writes to dist/conformance/: one JSON
 * file per widget and one OpenACR YAML file (GSA's Open Accessibility
 * Conformance Report format, https://github.com/GSA/openacr) for the whole
 * package. Pure functions; the script does the writing.
 *
 * OpenACR describes one product, so the package is the product and its five
 * widgets share each criterion's row: `level` is the weakest status of the
 * widgets the criterion applies to (does-not-support, then partially-supports,
 * then supports; not-applicable only when it applies to none), and `notes`
 * give every widget's own status and remarks, one paragraph each.
 */
import type { ConformanceReport, CriterionReport, Status } from './types.js';
import { removed, wcag22 } from './wcag22.js';

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
}

export const notCheckedByHand = 'not yet checked by hand';

/** A widget's report with each criterion's number, name and level, in the order of the standard. */
export function reportJson(report: ConformanceReport, pkg: PackageInfo) {
  return {
    package: { name: pkg.name, version: pkg.version },
    widget: report.widget,
    standard: report.standard,
    target: report.target,
    note: 'WCAG 2.2 AA includes every WCAG 2.1 AA criterion. Manual checks without "done" have not been carried out.',
    states: report.states,
    criteria: wcag22.map(({ num, name, level }) => {
      const entry: CriterionReport = report.criteria[num];
      return {
        num,
        name,
        level,
        status: entry.status,
        remarks: entry.remarks,
        evidence: entry.evidence,
        manualChecks: entry.manualChecks.map((check) => ({ ...check, done: check.done ?? null })),
      };
    }),
    removed,
  };
}

const weakness: Record<Status, number> = { 'not-applicable': 0, supports: 1, 'partially-supports': 2, 'does-not-support': 3 };

/** The status of a criterion for the package: the weakest of its widgets' (see the file comment). */
export function combinedStatus(statuses: Status[]): Status {
  return statuses.reduce<Status>((worst, status) => (weakness[status] > weakness[worst] ? status : worst), 'not-applicable');
}

/** The OpenACR document for the package, as plain data (see `toYaml`). */
export function openAcr(reports: ConformanceReport[], pkg: PackageInfo, reportDate: string) {
  const widgets = reports.map((report) => `${report.widget.label}, <${report.widget.tag}>`).join('; ');
  const chapter = (level: 'A' | 'AA') => ({
    criteria: [
      ...wcag22
        .filter((criterion) => criterion.level === level)
        .map(({ num }) => ({
          num,
          components: [
            {
              name: 'web',
              adherence: {
                level: combinedStatus(reports.map((report) => report.criteria[num].status)),
                notes: reports
                  .map((report) => {
                    const entry = report.criteria[num];
                    const open = entry.manualChecks.filter((check) => !check.done).length;
                    const manual = open ? ` Checks by hand listed, ${notCheckedByHand}: ${open}.` : '';
                    return `${report.widget.label}: ${entry.status}. ${entry.remarks}${manual}`;
                  })
                  .join('\n\n'),
              },
            },
          ],
        })),
      ...removed
        .filter((criterion) => criterion.level === level)
        .map(({ num, reason }) => ({ num, components: [{ name: 'web', adherence: { level: 'not-applicable', notes: reason } }] })),
    ].sort((a, b) => compareNumbers(a.num, b.num)),
  });
  return {
    title: `${pkg.name} Accessibility Conformance Report`,
    product: { name: pkg.name, version: pkg.version, description: pkg.description },
    author: { name: 'Digisprong, maintainers of @digisprong/widgets' },
    report_date: reportDate,
    notes:
      `One report for the five widgets of the package: ${widgets}. Each criterion's level is the weakest status ` +
      'among the widgets it applies to; its notes give each widget\'s own status and remarks. The per-widget reports ' +
      '(dist/conformance/<widget>.json) also list the automated tests behind each status and the checks to do by hand. ' +
      'WCAG 2.2 AA includes every WCAG 2.1 AA criterion. A widget is part of a page: criteria about whole pages or sets ' +
      'of pages (page title, bypass blocks, multiple ways, consistent navigation) are for the school\'s own site.',
    evaluation_methods_used:
      'Automated tests in real Chromium, run on every change: axe-core (WCAG 2.0, 2.1 and 2.2 A/AA rules) on every story ' +
      'in every theme and language; measured WCAG 2.2 checks (focus not obscured, target size, dragging, consistent help, ' +
      'redundant entry, accessible authentication); keyboard walks with focus-indicator contrast; the accessibility tree ' +
      'checked in; reflow at 320 px, text spacing, forced colours and reduced motion on a demo page; virtual screen-reader ' +
      `flows. No check with a real screen reader, zoom or voice control has been done yet: they are listed as ${notCheckedByHand}.`,
    legal_disclaimer:
      'Provided in good faith from the tests of this version. A school that cites it in its accessibility statement ' +
      'remains responsible for its own pages and for the checks by hand.',
    catalog: '2.5-edition-wcag-2.2-en',
    chapters: {
      success_criteria_level_a: chapter('A'),
      success_criteria_level_aa: chapter('AA'),
      success_criteria_level_aaa: { disabled: true, notes: 'Not evaluated: the target is WCAG 2.2 AA.' },
    },
  };
}

function compareNumbers(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

type Yaml = string | number | boolean | null | Yaml[] | { [key: string]: Yaml };

/**
 * Block-style YAML for plain data. Every string is double-quoted with JSON's
 * escapes (a JSON string is a valid YAML double-quoted scalar), so "1.4.10"
 * stays a string and no text is read as YAML syntax. Keys must be plain words.
 */
export function toYaml(value: Yaml, indent = ''): string {
  const scalar = (item: Yaml) => (typeof item === 'string' ? JSON.stringify(item) : String(item));
  const isBlock = (item: Yaml) => typeof item === 'object' && item !== null && (Array.isArray(item) ? item.length > 0 : Object.keys(item).length > 0);
  const empty = (item: Yaml) => (Array.isArray(item) ? '[]' : '{}');
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (!isBlock(item)) return `${indent}- ${typeof item === 'object' && item !== null ? empty(item) : scalar(item)}\n`;
        if (Array.isArray(item)) return `${indent}-\n${toYaml(item, `${indent}  `)}`;
        // A mapping in a list: its first key on the dash's line.
        return `${indent}- ${toYaml(item, `${indent}  `).slice(indent.length + 2)}`;
      })
      .join('');
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, item]) => {
        if (!/^[A-Za-z_][\w-]*$/.test(key)) throw new Error(`toYaml: key "${key}" is not a plain word.`);
        if (!isBlock(item)) return `${indent}${key}: ${typeof item === 'object' && item !== null ? empty(item) : scalar(item)}\n`;
        return `${indent}${key}:\n${toYaml(item, `${indent}  `)}`;
      })
      .join('');
  }
  return `${indent}${scalar(value)}\n`;
}
