/**
 * The one accessibility assertion every browser test uses: axe-core on the
 * rendered element (axe pierces open shadow roots), WCAG 2.0/2.1/2.2 A and AA
 * (2.2 AA is the floor; the 2.1 tags stay so every 2.1 rule keeps running) plus
 * best practices, failing with each violation's rule, target and help text.
 */
import axe from 'axe-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules that judge the whole page, not a component: a widget is embedded in a
 * page that owns its landmarks, `<h1>` and title.
 */
const pageLevelRules = {
  region: { enabled: false },
  'landmark-one-main': { enabled: false },
  'page-has-heading-one': { enabled: false },
  'document-title': { enabled: false },
  'html-has-lang': { enabled: false },
};

export function formatViolations(violations: axe.Result[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  - ${JSON.stringify(node.target)}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Runs axe on `element` and its shadow trees; throws a readable report on any violation. */
export async function expectAccessible(element: Element, context = ''): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: axeTags },
    rules: pageLevelRules,
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    throw new Error(
      `${results.violations.length} accessibility violation(s)${context ? ` in ${context}` : ''}:\n${formatViolations(results.violations)}`,
    );
  }
}
