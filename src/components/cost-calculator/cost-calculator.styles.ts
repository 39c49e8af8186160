/**
 * Layout of `<digi-cost-calculator>`. Sizes come from the theme tokens
 * (never `rem`: host pages set `html { font-size: 62.5% }`), colours from
 * the theme's custom properties, so every theme, forced colours and print
 * follow without widget-specific colour rules.
 */
import { css } from 'lit';

export const costCalculatorStyles = css`
  .calc {
    display: grid;
    gap: var(--_space-6);
    min-inline-size: 0;
  }
  .calc > *,
  .section > * {
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .calc__header,
  .section {
    display: grid;
    gap: var(--_space-4);
  }
  .calc__intro {
    max-inline-size: 70ch;
  }
  .issues ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }

  /* Forms */
  .fields {
    display: grid;
    gap: var(--_space-4);
  }
  .fields--row {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, calc(var(--_unit) * 14)), 1fr));
    align-items: start;
  }
  .scenarios {
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--digi-cost-calculator-scenario-min-width, calc(var(--_unit) * 18))), 1fr)
    );
    gap: var(--_space-4);
  }
  /* Neighbouring cards line their fields up row by row (subgrid); where
     subgrid is missing, each card simply stacks its own rows. */
  .scenarios > .card {
    display: grid;
    grid-row: span 11;
    grid-template-rows: subgrid;
    align-content: start;
    row-gap: var(--_space-3);
  }
  .scenarios .card__body,
  .scenarios .card__body > .fields {
    display: contents;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-4);
  }
  .muted,
  .source {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }

  /* Results */
  .results {
    /* Less side padding on narrow screens, where every pixel counts. */
    padding: var(--_space-4) min(var(--_space-4), 4%);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-sunken);
  }
  .results__summary {
    font-size: var(--_font-size-lg);
    max-inline-size: 70ch;
  }
  /* The last result while the form has none: grey (lightness kept, so contrast holds), the notice in full colour. */
  .results--outdated {
    border-style: dashed;
  }
  .results--outdated .results__body {
    filter: grayscale(1);
  }
  .results__outdated {
    font-weight: var(--_font-weight-bold);
  }
  .results__body {
    display: grid;
    gap: inherit;
  }
  .results__body > * {
    min-inline-size: 0;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .excluded {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .excluded li + li {
    margin-block-start: var(--_space-2);
  }
  .chart-box {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
  }
  .chart-box figcaption {
    font-weight: var(--_font-weight-bold);
  }
  /* Amounts line up on the right; the first column names the row. */
  .table th,
  .table td {
    text-align: end;
  }
  .table th:first-child {
    text-align: start;
  }
  .table thead th {
    font-size: var(--_font-size-sm);
    vertical-align: bottom;
  }
  .table td {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tag {
    display: inline-block;
    margin-inline-start: var(--_space-1);
    padding-inline: var(--_space-1);
    border: var(--_border-width) solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-normal);
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .status {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    font-weight: var(--_font-weight-bold);
  }
  .status--success {
    color: var(--_color-success);
  }
  .status--danger {
    color: var(--_color-danger);
  }

  /* Parent contribution and Digiplan */
  .figure {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-border);
    border-inline-start: calc(var(--_border-width) * 6) solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .figure__amount {
    font-size: var(--_font-size-2xl);
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .derived {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: var(--_border-width) dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .derived .tag {
    justify-self: start;
    margin: 0;
  }
  .sources {
    display: grid;
    gap: var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sources__values {
    margin: 0 0 var(--_space-1);
    padding-inline-start: var(--_space-5);
    font-weight: var(--_font-weight-bold);
  }
  a {
    color: var(--_color-link);
  }

  @media print {
    /* Dark themes print as dark text on white paper. */
    :host {
      color-scheme: light;
      --_color-text: CanvasText;
      --_color-text-muted: CanvasText;
      --_color-surface: Canvas;
      --_color-surface-raised: Canvas;
      --_color-surface-sunken: Canvas;
      --_color-border: CanvasText;
      --_color-primary: CanvasText;
      --_color-link: CanvasText;
    }
    .actions,
    .status,
    .toolbar,
    .card__footer {
      display: none;
    }
    .card,
    .figure,
    .derived,
    .chart-box,
    .table tr {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
