/**
 * The rules a conformance report must keep, as a pure function: it reads
 * nothing itself. test/unit/conformance.test.ts hands it what it found in the
 * repository (the test titles of each test file, the stories of each stories
 * file) and fails on any problem; it also feeds it broken reports, to show
 * each rule can fail.
 */
import type { ConformanceReport, TestRef } from './types.js';
import { wcag22 } from './wcag22.js';

/** A test title as the runner may show it: literal text, with `null` where the runner fills something in. */
export type TitlePattern = (string | null)[];

export interface Repository {
  /** The titles of the tests in a file (describe titles included), or undefined when there is no such file. */
  testTitles(file: string): TitlePattern[][] | undefined;
  /** The story export names of a stories file, or undefined when there is no such file. */
  storyNames(file: string): string[] | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` names the test whose title segments are `title` (see TestRef for the format). */
export function titleMatches(name: string, title: TitlePattern[]): boolean {
  const source = title.map((segment) => segment.map((part) => (part === null ? '.+?' : escape(part))).join('')).join(' > ');
  return new RegExp(`^${source}$`, 's').test(name);
}

function evidenceProblem(ref: TestRef, repository: Repository): string | undefined {
  const titles = repository.testTitles(ref.file);
  if (!titles) return `${ref.file} does not exist`;
  if (!titles.some((title) => titleMatches(ref.name, title))) return `${ref.file} has no test "${ref.name}"`;
  return undefined;
}

/** Every problem of `report`, as a sentence starting with the criterion or field; empty when it keeps every rule. */
export function checkReport(report: ConformanceReport, repository: Repository): string[] {
  const problems: string[] = [];
  const known = new Set<string>(wcag22.map((criterion) => criterion.num));
  const criteria = report.criteria as Record<string, ConformanceReport['criteria'][keyof ConformanceReport['criteria']] | undefined>;
  for (const { num } of wcag22) if (!criteria[num]) problems.push(`${num}: missing`);
  for (const [num, entry] of Object.entries(criteria)) {
    if (!known.has(num)) {
      problems.push(`${num}: not a WCAG 2.2 A or AA criterion`);
      continue;
    }
    if (!entry) continue;
    const doneChecks = entry.manualChecks.filter((check) => check.done);
    if (entry.status === 'supports' && entry.evidence.length === 0 && doneChecks.length === 0) {
      problems.push(`${num}: "supports" without an automated test or a manual check done`);
    }
    if (entry.status !== 'supports' && !entry.remarks.trim()) {
      problems.push(
        entry.status === 'not-applicable' ? `${num}: not-applicable without a reason` : `${num}: ${entry.status} without remarks on the gap`,
      );
    }
    for (const ref of entry.evidence) {
      const problem = evidenceProblem(ref, repository);
      if (problem) problems.push(`${num}: ${problem}`);
    }
    for (const check of doneChecks) {
      const done = check.done!;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(done.date) || !done.browser.trim() || !done.assistiveTechnology.trim() || !done.result.trim()) {
        problems.push(`${num}: manual check "${check.setup}" is marked done without date, browser, assistive technology and result`);
      }
    }
  }
  const stories = repository.storyNames(report.widget.storiesFile);
  if (!stories) {
    problems.push(`states: ${report.widget.storiesFile} does not exist`);
  } else {
    for (const state of report.states) if (!stories.includes(state)) problems.push(`states: ${state} is not a story in ${report.widget.storiesFile}`);
    for (const story of stories) if (!report.states.includes(story)) problems.push(`states: story ${story} is not covered`);
  }
  return problems;
}
