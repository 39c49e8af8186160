/**
 * A data table in a scrollable region. A wide table scrolls sideways inside
 * its own region (reflow at 320 px, WCAG 1.4.10) instead of the page; the
 * region is named by the table's caption and is focusable, so keyboard users
 * can scroll it too. The caption stays in view while the table scrolls.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export interface TableOptions {
  /** The caption, shown above the table; names the table and its region. */
  caption?: unknown;
  /** The caption's id (needed with `caption`). */
  captionId?: string;
  /** Without a caption: the id of a heading elsewhere in the widget that names the table. */
  labelledBy?: string;
  /** The header rows (`<tr>`s). */
  head: unknown;
  /** The body rows (`<tr>`s). */
  body: unknown;
  /** Footer rows (`<tr>`s), such as totals. */
  foot?: unknown;
  /** `::part` name of the table. */
  part?: string;
  /** Extra class on the table, for a widget's own column styles. */
  className?: string;
}

export function dataTable({ caption, captionId, labelledBy, head, body, foot, part, className }: TableOptions): TemplateResult {
  const name = caption !== undefined ? captionId : labelledBy;
  return html`<div class="table-wrap" role="region" aria-labelledby=${name ?? nothing} tabindex="0">
    <table class="table ${className ?? ''}" part=${part ?? nothing} aria-labelledby=${caption === undefined && labelledBy ? labelledBy : nothing}>
      ${caption !== undefined ? html`<caption id=${captionId ?? nothing}>${caption}</caption>` : nothing}
      <thead>
        ${head}
      </thead>
      <tbody>
        ${body}
      </tbody>
      ${foot !== undefined ? html`<tfoot>${foot}</tfoot>` : nothing}
    </table>
  </div>`;
}

export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
    container-type: inline-size;
  }
  .table {
    min-inline-size: 100%;
    border-collapse: collapse;
  }
  .table caption {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    padding-block-end: var(--_space-2);
    font-weight: var(--_font-weight-bold);
    text-align: start;
  }
  .table th,
  .table td {
    padding: var(--_space-2) var(--_space-3);
    border-block-end: var(--_border-width) solid var(--_color-border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    vertical-align: bottom;
  }
  @media print {
    .table-wrap {
      overflow: visible;
    }
  }
`;
