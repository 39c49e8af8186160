/**
 * Headings inside a widget. A widget lands in someone else's page outline,
 * so its title takes its level from the `heading-level` attribute (2-6,
 * default 2) and every heading inside counts down from there, never past 6.
 * They are `role="heading"` elements, not `<h2>`-`<h6>`, so a host page's
 * heading styles cannot restyle them.
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
  /** Steps below the widget's title: 0 is the title itself; also sets the size (`heading--<depth>`). */
  depth?: 0 | 1 | 2;
  id?: string;
  /** Lets a script move focus to the heading (after a search, a step), without adding it to the Tab order. */
  focusable?: boolean;
}

export function heading(text: unknown, { level, depth = 0, id, focusable = false }: HeadingOptions): TemplateResult {
  return html`<div
    class="heading heading--${depth}"
    role="heading"
    aria-level=${levelBelow(level, depth)}
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
  .heading--0 {
    font-size: var(--_font-size-2xl);
  }
  .heading--1 {
    font-size: var(--_font-size-xl);
  }
  .heading--2 {
    font-size: var(--_font-size-lg);
  }
`;
