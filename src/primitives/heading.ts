/**
 * Headings inside a widget. A widget lands in someone else's page outline,
 * so its title takes its level from the `heading-level` attribute (2-6,
 * default 2) and every heading inside counts down from there, never past 6.
 * They are `role="heading"` elements, not `<h2>`-`<h6>`, so a host page's
 * heading styles cannot restyle them.
 *
 * The size follows the level in the page (`heading--level-<n>`), the same in
 * every widget: a title at level 2 is as large as a typical host page's h2
 * (1.5 units, 24 px), never larger, and one at level 3 sits below the host's
 * h2 it is placed under. `heading--<depth>` stays for styling by position.
 */
import { css, html, nothing, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level a widget's title takes when `heading-level` is missing or not 2-6. */
export const defaultHeadingLevel: HeadingLevel = 2;

/** The `heading-level` attribute or property as a level: an integer 2-6, else the default. */
export function headingLevelOf(value: unknown): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : defaultHeadingLevel;
}

/** The level `depth` steps below `level` (a title's sections, an alert's title), at most 6. */
export const levelBelow = (level: number, depth: number): HeadingLevel => Math.max(2, Math.min(6, level + depth)) as HeadingLevel;

export interface HeadingOptions {
  /** The widget's title level (`headingLevelOf(this.headingLevel)`). */
  level: number;
  /** Steps below the widget's title: 0 is the title itself (`heading--<depth>`); the size follows the resulting level. */
  depth?: 0 | 1 | 2;
  id?: string;
  /** Lets a script move focus to the heading (after a search, a step), without adding it to the Tab order. */
  focusable?: boolean;
}

export function heading(text: unknown, { level, depth = 0, id, focusable = false }: HeadingOptions): TemplateResult {
  const pageLevel = levelBelow(level, depth);
  return html`<div
    class="heading heading--${depth} heading--level-${pageLevel}"
    role="heading"
    aria-level=${pageLevel}
    id=${id ?? nothing}
    tabindex=${focusable ? -1 : nothing}
  >${text}</div>`;
}

export const headingStyles = css`
  .heading {
    margin: 0;
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .heading--level-2 {
    font-size: var(--_font-size-xl);
  }
  .heading--level-3 {
    font-size: var(--_font-size-lg);
  }
  .heading--level-4,
  .heading--level-5,
  .heading--level-6 {
    font-size: var(--_font-size-md);
  }
`;
