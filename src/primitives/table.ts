/**
 * A data table in a scrollable region. A wide table scrolls sideways inside
 * its own region (reflow at 320 px, WCAG 1.4.10) instead of the page; the
 * region is named by the table's caption and is focusable, so keyboard users
 * can scroll it too. The caption stays in view while the table scrolls.
 *
 * A shadow on the edge where more columns are hidden tells that the region
 * scrolls: a scroll-driven animation on the region's own inline scroll
 * (Chromium 115+, Safari 26+), so it needs no script and no background
 * colour to match the page's. Without overflow, or where scroll timelines
 * are not supported, there is no shadow (and forced colours drop it); the
 * region's scrollbar remains.
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
  body?: unknown;
  /** Instead of `body`: row groups, a `<tbody>` each, headed by a row with a `scope="rowgroup"` cell. */
  groups?: readonly unknown[];
  /** Footer rows (`<tr>`s), such as totals. */
  foot?: unknown;
  /** `::part` name of the table. */
  part?: string;
  /** Extra class on the table, for a widget's own column styles. */
  className?: string;
}

export function dataTable({ caption, captionId, labelledBy, head, body, groups, foot, part, className }: TableOptions): TemplateResult {
  const name = caption !== undefined ? captionId : labelledBy;
  return html`<div class="table-wrap" role="region" aria-labelledby=${name ?? nothing} tabindex="0">
    <table class="table ${className ?? ''}" part=${part ?? nothing} aria-labelledby=${caption === undefined && labelledBy ? labelledBy : nothing}>
      ${caption !== undefined ? html`<caption id=${captionId ?? nothing}>${caption}</caption>` : nothing}
      <thead>
        ${head}
      </thead>
      ${groups ? groups.map((rows) => html`<tbody>${rows}</tbody>`) : html`<tbody>${body}</tbody>`}
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
  @supports (animation-timeline: scroll()) {
    .table-wrap {
      --_edge-shadow: color-mix(in srgb, var(--_color-text) 40%, transparent);
      /* 12px inward from the left edge; right to left the start edge is on the right. */
      --_start-edge: 12px;
      animation: digi-table-edges linear both;
      animation-timeline: scroll(self inline);
    }
    .table-wrap:dir(rtl) {
      --_start-edge: -12px;
    }
  }
  /* At the start only the end edge has more to show; at the end only the start edge. */
  @keyframes digi-table-edges {
    0% {
      box-shadow: inset calc(-1 * var(--_start-edge)) 0 10px -10px var(--_edge-shadow);
    }
    4%,
    96% {
      box-shadow:
        inset var(--_start-edge) 0 10px -10px var(--_edge-shadow),
        inset calc(-1 * var(--_start-edge)) 0 10px -10px var(--_edge-shadow);
    }
    100% {
      box-shadow: inset var(--_start-edge) 0 10px -10px var(--_edge-shadow);
    }
  }
  @media print {
    .table-wrap {
      overflow: visible;
      animation: none;
    }
  }
`;
