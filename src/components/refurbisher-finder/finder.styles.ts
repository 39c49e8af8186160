/**
 * Styles of the search (notices about the feed, form, results, comparison),
 * loaded with its code; the headings' and the table's come from the primitives.
 * The filters sit beside the results when the finder is wide enough and
 * fold away above them when not; the comparison spans the full width, and
 * at 320 px everything is one column and only the comparison table scrolls,
 * in its own focusable region, as a data table may.
 */
import { css, type CSSResult } from 'lit';
import { buttonStyles } from '../../primitives/button.js';
import { cardStyles } from '../../primitives/card.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles } from '../../primitives/field.js';
import { tableStyles } from '../../primitives/table.js';

export const finderStyles = css`
  /* The finder's width decides the layout (container queries), so it fits a sidebar as well as a full page. */
  .search {
    display: grid;
    gap: var(--_space-6);
    container-type: inline-size;
  }
  .search > * {
    min-inline-size: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-6);
    align-items: start;
  }
  .column,
  .location {
    display: grid;
    gap: var(--_space-4);
    align-content: start;
    min-inline-size: 0;
  }
  .column > *,
  .compare > * {
    min-inline-size: 0;
  }
  .filters-toggle {
    justify-self: start;
  }
  /* Wide: the filters beside the results, always shown; narrow: above them, folded until opened. */
  @container (inline-size >= 42em) {
    .layout {
      grid-template-columns: minmax(0, var(--digi-refurbisher-finder-filters-width, calc(var(--_unit) * 18))) minmax(0, 1fr);
    }
    .filters-toggle,
    .filters__done {
      display: none;
    }
  }
  @container (inline-size < 42em) {
    .layout--filters-closed .filters {
      display: none;
    }
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
  /* Two columns of cards once each can be 24 times the text size wide. */
  .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 24em), 1fr));
    gap: var(--_space-4);
  }
  /* Cards out of view skip layout and paint until they scroll near (a long list stays quick).
     Until a card has been drawn once (then its own size is remembered), it counts as 44 lines
     tall: the sample cards measure 540-780 px in a 460 px column and 770-1030 px at 320 px, so
     what follows the list moves little when they are drawn. */
  .results > li {
    content-visibility: auto;
    contain-intrinsic-size: auto calc(var(--_unit) * 44);
    container-type: inline-size;
  }
  /* A card with room shows each fact beside its label: half as tall. */
  @container (inline-size >= 26em) {
    .facts > div {
      display: grid;
      grid-template-columns: minmax(0, 9em) minmax(0, 1fr);
      gap: var(--_space-3);
    }
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
  /* After the table primitive's rules: narrower cell padding. */
  .compare th,
  .compare td {
    padding: var(--_space-2);
  }
  /* Fixed columns, so the facts' and the answers' tables line up: the labels' column, then equal ones, none under 9 units. */
  .compare__table {
    --_label-column: calc(var(--_unit) * 9);
    table-layout: fixed;
    inline-size: max(100%, calc(var(--_label-column) + var(--_unit) * 9 * var(--_compared)));
  }
  .compare__table--2 {
    --_compared: 2;
  }
  .compare__table--3 {
    --_compared: 3;
  }
  .compare__table thead td {
    inline-size: var(--_label-column);
  }
  .question {
    display: block;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-normal);
  }
  /* The answers' table uses the comparison's full width, as the facts' table does. A details element's
     content inherits content-box from its built-in slot, not the root's border-box: set it again, or the
     two tables' columns differ by their padding. */
  .compare .disclosure__content {
    box-sizing: border-box;
    padding-inline-start: 0;
  }
  /* The labels stay in view while the table scrolls sideways, where the region is wide enough to spare them.
     A shadow marks the edge: collapsed borders stay behind when a cell sticks. */
  @container (inline-size >= 30em) {
    .compare__table {
      --_label-column: calc(var(--_unit) * 11);
    }
    .compare__table th[scope='row'],
    .compare__table thead td {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_color-surface-sunken);
      box-shadow: inset calc(-1 * var(--_border-width)) 0 var(--_color-border);
    }
    .compare__table th[scope='row']:dir(rtl),
    .compare__table thead td:dir(rtl) {
      box-shadow: inset var(--_border-width) 0 var(--_color-border);
    }
  }
  .alert__message ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
`;

/** The styles of what the search renders, adopted after the theme's and the element's once this code has loaded. */
export const finderSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, disclosureStyles, cardStyles, tableStyles, finderStyles];
