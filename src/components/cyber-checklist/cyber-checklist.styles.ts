/**
 * Styles of `<digi-cyber-checklist>`: summary, next steps, filters, themes
 * and measures on screen; only the report in print. Sizes come from the
 * theme tokens (never `rem`: host pages set `html { font-size: 62.5% }`),
 * colours from the theme; status is shown in words, colour only adds to it.
 * A measure's level tag keeps one place, top right of its title, however the
 * title wraps. The report's tables are ruled on every side with the same
 * column widths in each; narrower than 40em they scroll in their region (and
 * print at full width) rather than break "Gevorderd" in two.
 */
import { css } from 'lit';

export const cyberChecklistStyles = css`
  .checklist,
  .summary,
  .themes,
  .measures,
  .theme,
  .transfer {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
  .checklist {
    gap: var(--_space-6);
  }
  p {
    margin: 0;
  }
  .level {
    font-weight: var(--_font-weight-bold);
  }
  .level--basic,
  .level--advanced {
    color: var(--_color-success);
  }
  /* What the content is and where it comes from, right under the title. */
  .source {
    margin: 0;
    color: var(--_color-text-muted);
    overflow-wrap: anywhere;
  }
  .saved,
  .notice {
    color: var(--_color-text-muted);
  }
  .next ol,
  .archive ul,
  .links,
  .steps {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .next li + li {
    margin-block-start: var(--_space-2);
  }
  a {
    color: var(--_color-link);
  }
  a:focus-visible,
  .measure:focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    font-size: var(--_font-size-sm);
    white-space: nowrap;
  }
  .filters {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
  }
  .filters__fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .filters__fields > * {
    flex: 1 1 calc(var(--_unit) * 12);
    min-inline-size: 0;
  }
  .measures {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .measure {
    display: grid;
    gap: var(--_space-3);
    min-inline-size: 0;
    padding: var(--_space-4);
    border: var(--_border-width) solid var(--_color-border-subtle);
    border-inline-start: calc(var(--_border-width) * 4) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .measure--done {
    border-inline-start-color: var(--digi-cyber-checklist-done-color, var(--_color-success));
  }
  .measure--doing {
    border-inline-start-color: var(--_color-warning);
  }
  .measure--na {
    border-inline-start-style: dashed;
  }
  /* One left-aligned line, not a full-width bar, under the status. */
  .note-add {
    justify-self: start;
  }
  .measure__head {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-2);
    align-items: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .preview ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
  pre {
    margin: 0;
    white-space: pre-wrap;
  }
  .report {
    display: none;
  }
  :host([view='report']) .checklist {
    display: none;
  }
  :host([view='report']) .report {
    display: grid;
    gap: var(--_space-3);
  }
  .report-table {
    inline-size: 100%;
    min-inline-size: 40em;
    table-layout: fixed;
  }
  .report-table th:nth-child(1) {
    inline-size: 34%;
  }
  .report-table th:nth-child(2) {
    inline-size: 18%;
  }
  .report-table th:nth-child(3) {
    inline-size: 20%;
  }
  .report-table th,
  .report-table td {
    padding: var(--_space-1) var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    overflow-wrap: break-word;
  }
  .report-table thead th {
    background: var(--_color-surface-sunken);
  }
  @media print {
    .checklist {
      display: none;
    }
    .report {
      display: grid;
      gap: var(--_space-3);
    }
    tr {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .measure {
      border-color: CanvasText;
    }
    .level--basic,
    .level--advanced {
      color: CanvasText;
    }
  }
`;
