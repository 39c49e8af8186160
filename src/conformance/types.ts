/**
 * The shape of a widget's conformance report against WCAG 2.2 A and AA: per
 * success criterion a status in VPAT/OpenACR terms, plain-English remarks,
 * the automated tests that back it and the checks still to be done by hand.
 * Data only, no DOM: scripts/build-conformance.mjs writes it out as JSON and
 * OpenACR YAML, the Storybook pages show it, test/unit/conformance.test.ts
 * checks it against the tests and stories (see check.ts for the rules).
 */
import type { CriterionNumber } from './wcag22.js';

export type Level = 'A' | 'AA';

export interface Criterion {
  /** "1.4.10" */
  num: string;
  /** The W3C's short name, "Reflow". */
  name: string;
  level: Level;
}

/**
 * VPAT/OpenACR adherence levels.
 * - `supports`: met; needs at least one automated test or a done manual check.
 * - `partially-supports`: a known gap, or nothing automated can show it and the
 *   manual check is not done yet; the remarks say which.
 * - `does-not-support`: not met; the remarks say what is missing.
 * - `not-applicable`: nothing in the widget the criterion applies to; the
 *   remarks are the reason ("The widget plays no audio or video.").
 */
export type Status = 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable';

/**
 * An automated test, by file and full title.
 *
 * `name` is the title as vitest reports it: the titles of the enclosing
 * describe() blocks and of the it()/test() call, joined with " > ", each
 * written as in the source. A title the runner fills in (a template literal
 * with `${…}`, or an `.each` title with `%s`, `%i`, `$name`) may be given as
 * written or filled in: each placeholder matches any text, the rest must match
 * exactly. So `keyboard walk on the demo page > <digi-%s>: …` and
 * `keyboard walk on the demo page > <digi-cost-calculator>: …` both name the
 * same test. A title held in a variable (`test(name, …)`) is taken from that
 * variable's template in the same file.
 */
export interface TestRef {
  /** Repository path, "test/e2e/keyboard.test.ts". */
  file: string;
  name: string;
}

/** A check done by a person, when one has been done. */
export interface ManualResult {
  /** ISO date, "2027-01-15". */
  date: string;
  /** "Firefox 140 on Windows 11" */
  browser: string;
  /** "NVDA 2025.1", or "none" for a zoom or keyboard check. */
  assistiveTechnology: string;
  /** What was found, in plain words. */
  result: string;
}

/** A check only a person can do. Without `done` it is shown as "not yet checked by hand". */
export interface ManualCheck {
  /** What to use: "NVDA with Firefox on Windows". */
  setup: string;
  /** What to do and what to listen or look for. */
  steps: string;
  done?: ManualResult;
}

export interface CriterionReport {
  status: Status;
  /** Short and honest; the reason for not-applicable, the gap for partially/does-not. */
  remarks: string;
  evidence: TestRef[];
  manualChecks: ManualCheck[];
}

/** The widget a report is about. */
export interface WidgetInfo {
  /** Folder name under src/components/, "cost-calculator". */
  name: string;
  tag: string;
  /** Shown in headings, "Cost calculator". */
  label: string;
  /** The stories file whose stories the report covers. */
  storiesFile: string;
  /** The story title in that file (`title` of its meta), "Widgets/Kostencalculator". */
  storyTitle: string;
}

export interface ConformanceReport {
  widget: WidgetInfo;
  standard: 'WCAG 2.2';
  target: 'AA';
  /** The states the report covers: the export names of the stories in `widget.storiesFile`. */
  states: string[];
  criteria: Record<CriterionNumber, CriterionReport>;
}
