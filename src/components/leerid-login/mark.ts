/**
 * The button's own mark: a rounded tile with a learner (head over an open
 * book). Drawn for this widget, not LeerID's logo, which is the
 * Department's; a site with the right to use the real logo puts it in the
 * `mark` slot. Decorative: the button's text names it.
 */
import { html } from 'lit';

export const leeridMark = html`<svg class="mark__svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect class="mark__tile" width="24" height="24" rx="6"/><g class="mark__glyph"><circle cx="12" cy="7.6" r="3.1"/><path d="M4.8 13.3c2.4-1.3 4.8-1.6 7.2-.5 2.4-1.1 4.8-.8 7.2.5v5.4c-2.4-1.3-4.8-1.6-7.2-.5-2.4-1.1-4.8-.8-7.2.5z"/></g></svg>`;

/** Shown instead of the mark while busy: a ring with a turning arc (still under reduced motion). */
export const spinner = html`<svg class="mark__svg spinner" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.4" opacity=".3"/><path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>`;


/** Before an error message, so it is not told by colour alone. */
export const errorSign = html`<svg class="status__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 6.8v6.4" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="16.9" r="1.4" fill="currentColor"/></svg>`;
