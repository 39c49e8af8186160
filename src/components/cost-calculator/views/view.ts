/**
 * What the calculator's view functions get from the element: the state to
 * show, the formatters, and the few callbacks a view needs. Views are plain
 * template functions, in the pattern of the primitives.
 */
import { html, type TemplateResult } from 'lit';
import { levelBelow, type HeadingLevel } from '../../../primitives/heading.js';
import type { ResolvedConfig, Source } from '../config.types.js';
import type { CostFormat } from '../format.js';
import type { Evaluation, FormState, ScenarioDraft } from '../form.js';
import type { CostResult, ScenarioResult } from '../model.js';
import { sourceText } from '../texts.js';

export interface NumberFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  unit?: string;
  hint?: string;
}

export interface CalcView {
  readonly form: FormState;
  /** The form's fields read and checked: errors, and the scenarios left out. */
  readonly evaluation: Evaluation;
  readonly calc: CostResult;
  readonly resolved: ResolvedConfig;
  readonly f: CostFormat;
  /** The heading level of the widget's title, 2 to 6. */
  readonly headingLevel: number;
  heading(text: unknown, depth: 0 | 1 | 2, id?: string): TemplateResult;
  resultName(result: ScenarioResult): string;
  displayName(draft: ScenarioDraft, index: number): string;
  numberField(options: NumberFieldOptions): TemplateResult;
  setGlobal<K extends keyof FormState>(key: K, value: FormState[K], immediately?: boolean): void;
  /** Content below the first screen, drawn in a later task of the first render (DigiElement's `later`). */
  later(stage: number, content: () => unknown): unknown;
}

/** The level for an alert's title inside a section (two below the widget's title). */
export const alertLevel = (view: CalcView): HeadingLevel => levelBelow(view.headingLevel, 2);

/** A source in words, linked when it has an address. */
export function sourceLink(source: Source): TemplateResult {
  const text = sourceText(source);
  return source.url ? html`<a href=${source.url}>${text}</a>` : html`${text}`;
}
