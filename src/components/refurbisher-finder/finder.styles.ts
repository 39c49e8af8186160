/**
 * Styles of the search (notices about the feed, form, results, comparison),
 * loaded with its code; the headings' and the table's come from the primitives.
 * The filters sit beside the results when there is room and above them when
 * not; at 320 px everything is one column and only the comparison table
 * scrolls, in its own focusable region, as a data table may.
 */
import { css, type CSSResult } from 'lit';
import { buttonStyles } from '../../primitives/button.js';
import { cardStyles } from '../../primitives/card.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles } from '../../primitives/field.js';
import { tableStyles } from '../../primitives/table.js';

export const finderStyles = css`
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-6);
    align-items: flex-start;
  }
  .column,
  .location {
    display: grid;
    gap: var(--_space-4);
    align-content: start;
    min-inline-size: 0;
  }
  .column {
    flex: 999 1 calc(var(--_unit) * 22);
  }
  .column > *,
  .compare > * {
    min-inline-size: 0;
  }
  .filters {
    flex: 1 1 var(--digi-refurbisher-finder-filters-width, calc(var(--_unit) * 18));
  }
  .location {
    gap: var(--_space-2);
    justify-items: start;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
  }
  .status {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .status--problem {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-bold);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    align-items: end;
    justify-content: space-between;
  }
  .count {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
  }
  .results,
  .advice,
  .contact {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .results,
  .facts,
  .answers {
    display: grid;
    /* minmax(0, ...): a long word wraps instead of widening the column (reflow at 320 px, large text). */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    margin: 0;
  }
  .results {
    gap: var(--_space-4);
  }
  /* Cards out of view skip layout and paint until they scroll near (a long list stays quick).
     Until a card has been drawn once (then its own size is remembered), it counts as 44 lines
     tall: the sample cards measure 590-780 px at 1280 px wide and 820-1080 px at 320 px, so
     what follows the list moves little when they are drawn. */
  .results > li {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_unit) * 44);
  }
  dt {
    font-weight: var(--_font-weight-bold);
  }
  dd {
    margin: 0;
  }
  .facts + .answers {
    margin-block-start: var(--_space-4);
  }
  .answers dd {
    margin-block-end: var(--_space-2);
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  a {
    color: var(--_color-link);
    overflow-wrap: anywhere;
  }
  a .icon {
    margin-inline-start: var(--_space-1);
  }
  .compare {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4) min(var(--_space-4), 4%);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-sunken);
  }
  /* After the table primitive's rules: narrower cell padding, and no column narrower than 9 units. */
  .compare th,
  .compare td {
    min-inline-size: calc(var(--_unit) * 9);
    padding: var(--_space-2);
  }
  .alert__message ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
`;

/** The styles of what the search renders, adopted after the theme's and the element's once this code has loaded. */
export const finderSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, disclosureStyles, cardStyles, tableStyles, finderStyles];
