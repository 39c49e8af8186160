/**
 * What the rose's view functions get from the element: the framework and
 * data to show, their words, the interaction state and the few callbacks a
 * view needs. Views are plain template functions, in the pattern of the
 * primitives.
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../../i18n/locales.js';
import type { HeadingLevel } from '../../../primitives/heading.js';
import { languageOf, type Framework, type LocalText } from '../framework.js';
import type { RoseLayout } from '../geometry.js';
import type { RoseData, View } from '../input.js';
import type { RoseTexts } from '../texts.js';

export type ExportKind = 'svg' | 'png' | 'csv';

/** The listeners on the rose's HTML parent (see chart.ts: not on the SVG). */
export interface ChartListeners {
  readonly keydown: (event: KeyboardEvent) => void;
  readonly focusin: (event: FocusEvent) => void;
  readonly focusout: (event: FocusEvent) => void;
  readonly pointerover: (event: PointerEvent) => void;
  readonly pointerleave: (event: PointerEvent) => void;
  readonly click: (event: MouseEvent) => void;
}

export interface RoseView {
  readonly framework: Framework;
  readonly data: RoseData;
  readonly texts: RoseTexts;
  readonly locale: Locale;
  /** The heading level of the widget's title, 2 to 6. */
  readonly headingLevel: HeadingLevel;
  readonly title: string;
  /** The `profile-label` property as set: the subtitle names one profile by it (or the profile's own label). */
  readonly profileLabel?: string;
  /** Editable mode on one profile: the wedges are sliders. */
  readonly editing: boolean;
  /** The view shown. */
  readonly view: View;
  readonly layout: RoseLayout;
  /** The wedge that holds the tab stop. */
  readonly focusIndex: number;
  /** The wedge hovered or focused, whose details show; null for the hint. */
  readonly activeIndex: number | null;
  readonly listeners: ChartListeners;
  setView(view: View): void;
  exportFile(kind: ExportKind): void;
  /** Puts focus on a wedge (it becomes the tab stop). */
  focusWedge(index: number): void;
  /** Content out of sight, drawn in a later task of the first render (DigiElement's `later`). */
  later(stage: number, content: () => unknown): unknown;
}

/** Framework text in the page, marked with its language when a custom framework lacks the reader's. */
export function named(view: RoseView, text: LocalText): TemplateResult | string {
  const language = languageOf(text, view.locale);
  return language === view.locale ? view.texts.text(text) : html`<span lang=${language}>${view.texts.text(text)}</span>`;
}
