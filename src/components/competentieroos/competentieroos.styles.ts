/**
 * Layout of `<digi-competentieroos>`. Sizes come from the theme tokens (never
 * `rem`: host pages set `html { font-size: 62.5% }`), colours from the theme
 * and the area colour tokens (colors.ts). The rose sits beside its details and
 * legend when there is room and above them when not; print shows the rose and
 * the table, without the controls.
 */
import { css, unsafeCSS } from 'lit';
import { areaColorCss } from './colors.js';

export const competentieroosStyles = [
  // Generated from the palette data, so the contrast test checks exactly these colours.
  unsafeCSS(areaColorCss()),
  css`
    .rose {
      display: grid;
      gap: var(--_space-5);
      min-inline-size: 0;
    }
    .rose,
    .rose__header,
    .chart-side,
    .details {
      /* Long words wrap instead of widening the column (reflow at 320 px and below). */
      grid-template-columns: minmax(0, 1fr);
    }
    p {
      margin: 0;
    }
    [hidden] {
      display: none !important;
    }
    .rose__header {
      display: grid;
      gap: var(--_space-1);
    }
    .rose__subtitle {
      color: var(--_color-text-muted);
    }
    .rose__summary,
    .rose__next {
      max-inline-size: 70ch;
    }
    .rose__next p {
      margin: 0;
    }
    .problems {
      margin: var(--_space-2) 0 0;
      padding-inline-start: var(--_space-5);
    }
    .chart-area {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--_space-5);
    }
    .chart-figure {
      flex: 1 1 calc(var(--_unit) * 20);
      min-inline-size: 0;
    }
    .chart-side {
      display: grid;
      flex: 1 1 calc(var(--_unit) * 16);
      gap: var(--_space-4);
      min-inline-size: 0;
    }
    .details {
      display: grid;
      gap: var(--_space-2);
      min-block-size: calc(var(--_unit) * 7);
      padding: var(--_space-3) var(--_space-4);
      border: var(--_border-width) solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface-raised);
    }
    .details--hint {
      align-content: center;
      color: var(--_color-text-muted);
    }
    .details__title {
      font-weight: var(--_font-weight-bold);
    }
    .details__area,
    .details__dismiss {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-sm);
    }
    .details dl {
      display: grid;
      gap: var(--_space-1);
      margin: 0;
    }
    .details dl > div {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space-2);
    }
    .details dt::after {
      content: ':';
    }
    .details dd {
      margin: 0;
      font-weight: var(--_font-weight-bold);
    }
    .legend__title {
      font-weight: var(--_font-weight-bold);
    }
    .legend ul {
      display: grid;
      gap: var(--_space-2);
      margin: var(--_space-2) 0 0;
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: flex-start;
      gap: var(--_space-2);
    }
    .legend .swatch {
      margin-block-start: calc((1lh - var(--_unit) * 1.25) / 2);
    }
    .legend__code {
      font-weight: var(--_font-weight-bold);
    }
    .legend__rings {
      color: var(--_color-text-muted);
      font-size: var(--_font-size-sm);
    }
    /* The table's own rules; the rest comes with the primitive (table.ts). */
    .table thead th {
      border-block-end-width: calc(var(--_border-width) * 2);
    }
    .table tbody th {
      font-weight: var(--_font-weight-normal);
    }
    /* Each area heads its row group, once. */
    .table .rose-table__area th {
      padding-block-start: var(--_space-4);
      font-weight: var(--_font-weight-bold);
    }
    .table .number {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .rose__switch {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
    }
    .rose__switch-label {
      font-weight: var(--_font-weight-bold);
      margin-inline-end: var(--_space-2);
    }
    /* The pressed view reads as chosen by its fill, its border and (for screen readers) aria-pressed. */
    .rose__view[aria-pressed='true'] {
      background: var(--_color-primary);
      color: var(--_color-on-primary);
    }
    .rose__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
    }
    @media (forced-colors: active) {
      .details,
      .table th,
      .table td {
        border-color: CanvasText;
      }
    }
    @media print {
      .rose__switch,
      .rose__actions,
      .rose__status,
      .details {
        display: none !important;
      }
      .chart-area[hidden],
      .table-area[hidden] {
        display: block !important;
      }
      .chart-figure,
      .table-wrap {
        break-inside: avoid;
      }
    }
  `,
];
