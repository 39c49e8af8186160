/// <reference types="vite/client" />
/**
 * `<digi-conformance-report>`: a widget's conformance report (src/conformance/)
 * as a table, for the Storybook pages under "Conformance/" (stories only, not
 * shipped). A DigiElement, so it takes the theme of the toolbar like the
 * widgets. The report is in English and marked so, whatever the page language.
 *
 * Evidence names the test file and the test's title. Set
 * STORYBOOK_REPOSITORY_URL (e.g. https://example.org/repo/blob/main/) when
 * building Storybook to make each file a link to the repository; without it
 * the path is shown as text. Nothing is fetched either way.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConformanceReport, ManualCheck, Status, TestRef } from '../../src/conformance/types.js';
import { wcag22 } from '../../src/conformance/wcag22.js';
import { DigiElement } from '../../src/core/digi-element.js';
import { dataTable, primitiveStyles } from '../../src/primitives/index.js';

const repositoryUrl: string | undefined = import.meta.env?.['STORYBOOK_REPOSITORY_URL'];

const statusLabels: Record<Status, string> = {
  supports: 'Supports',
  'partially-supports': 'Partially supports',
  'does-not-support': 'Does not support',
  'not-applicable': 'Not applicable',
};

const fileLink = (file: string): TemplateResult =>
  repositoryUrl ? html`<a href=${`${repositoryUrl.replace(/\/?$/, '/')}${file}`}><code>${file}</code></a>` : html`<code>${file}</code>`;

const evidenceList = (refs: TestRef[]) =>
  refs.length
    ? html`<ul class="list">
        ${refs.map((ref) => html`<li>${fileLink(ref.file)}: ${ref.name}</li>`)}
      </ul>`
    : html`<span class="none">none</span>`;

const manualList = (checks: ManualCheck[]) =>
  checks.length
    ? html`<ul class="list">
        ${checks.map(
          (check) =>
            html`<li>
              <strong>${check.setup}</strong>: ${check.steps}
              <em>${check.done ? `Done ${check.done.date} (${check.done.browser}, ${check.done.assistiveTechnology}): ${check.done.result}` : 'Not yet checked by hand.'}</em>
            </li>`,
        )}
      </ul>`
    : html`<span class="none">none</span>`;

export class ConformanceReportView extends DigiElement {
  static override styles = [
    ...DigiElement.styles,
    ...primitiveStyles,
    css`
      .root {
        padding: var(--_space-4);
      }
      .report > * + * {
        margin-block-start: var(--_space-3);
      }
      h2 {
        margin: 0;
        font-size: var(--_font-size-xl);
      }
      p {
        margin: 0;
        max-inline-size: 70ch;
      }
      .list {
        margin: 0;
        padding-inline-start: 1.2em;
      }
      .list li + li {
        margin-block-start: var(--_space-1);
      }
      .list em {
        display: block;
      }
      .report .table td,
      .report .table th {
        min-inline-size: 8ch;
      }
      .report .remarks {
        min-inline-size: 24ch;
      }
      .report .wide {
        min-inline-size: 32ch;
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) report?: ConformanceReport;

  protected renderContent(): unknown {
    const report = this.report;
    if (!report) return nothing;
    const id = `conformance-${report.widget.name}`;
    const counts = Object.values(report.criteria).reduce<Record<Status, number>>(
      (sum, entry) => ({ ...sum, [entry.status]: sum[entry.status] + 1 }),
      { supports: 0, 'partially-supports': 0, 'does-not-support': 0, 'not-applicable': 0 },
    );
    return html`<div class="report" lang="en">
      <h2>${report.widget.label}: ${report.standard} level ${report.target}</h2>
      <p>
        The status of <code>&lt;${report.widget.tag}&gt;</code> for each of the ${wcag22.length} success criteria of
        ${report.standard} levels A and AA (which include every criterion of WCAG 2.1 AA), with the automated tests
        behind it and the checks still to be done by hand. ${(Object.keys(counts) as Status[]).map((status) => `${statusLabels[status]}: ${counts[status]}.`).join(' ')}
      </p>
      <p>
        It covers the stories ${report.states.join(', ')} of ${report.widget.storyTitle}. In a test title, <code>\${…}</code> and
        <code>%s</code> stand for each value the test runs with. The same data ships in the npm package as
        <code>dist/conformance/${report.widget.name}.json</code> and, for all widgets, <code>dist/conformance/openacr.yaml</code>.
      </p>
      ${dataTable({
        caption: `WCAG 2.2 A and AA success criteria for ${report.widget.label}`,
        captionId: `${id}-caption`,
        head: html`<tr>
          <th scope="col">Criterion</th>
          <th scope="col">Level</th>
          <th scope="col">Status</th>
          <th scope="col">Remarks</th>
          <th scope="col">Automated tests</th>
          <th scope="col">Checks by hand</th>
        </tr>`,
        body: wcag22.map(({ num, name, level }) => {
          const entry = report.criteria[num];
          return html`<tr>
            <th scope="row">${num} ${name}</th>
            <td>${level}</td>
            <td>${statusLabels[entry.status]}</td>
            <td class="remarks">${entry.remarks}</td>
            <td class="wide">${evidenceList(entry.evidence)}</td>
            <td class="wide">${manualList(entry.manualChecks)}</td>
          </tr>`;
        }),
      })}
    </div>`;
  }
}

export const conformanceTagName = 'digi-conformance-report';

if (!customElements.get(conformanceTagName)) {
  customElements.define(conformanceTagName, ConformanceReportView);
}

declare global {
  interface HTMLElementTagNameMap {
    'digi-conformance-report': ConformanceReportView;
  }
}

/** The story content for one widget's report. */
export const conformancePage = (report: ConformanceReport): TemplateResult =>
  html`<digi-conformance-report .report=${report}></digi-conformance-report>`;
