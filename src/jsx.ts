/**
 * Types for JSX users outside React (whose components live in
 * `@digisprong/widgets/react`): the widgets as intrinsic elements, with their
 * properties and the few global attributes a page sets on them. Types only.
 *
 * Plug them into the JSX namespace your setup uses, for example:
 *
 * ```ts
 * import type { DigiIntrinsicElements } from '@digisprong/widgets';
 * declare module 'preact' {
 *   namespace JSX { interface IntrinsicElements extends DigiIntrinsicElements {} }
 * }
 * ```
 */
import type { DigiCompetentieroos } from './components/competentieroos/competentieroos.js';
import type { DigiCostCalculator } from './components/cost-calculator/cost-calculator.js';
import type { DigiCyberChecklist } from './components/cyber-checklist/cyber-checklist.js';
import type { DigiLeerIDLogin } from './components/leerid-login/leerid-login.js';
import type { DigiRefurbisherFinder } from './components/refurbisher-finder/refurbisher-finder.js';
import type { DigiElement } from './core/digi-element.js';

/** The public properties a widget adds to the base element (no methods, nothing read-only). */
type WritableKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => unknown
    ? never
    : (<F>() => F extends { [Q in K]: T[K] } ? 1 : 2) extends <F>() => F extends { -readonly [Q in K]: T[K] } ? 1 : 2
      ? K
      : never;
}[keyof T];

/** What JSX may set on a widget: its own properties, and the global attributes pages use on it. */
export type DigiElementProps<E extends DigiElement> = Partial<Pick<E, Exclude<WritableKeys<E>, keyof DigiElement>>> & {
  id?: string;
  class?: string;
  className?: string;
  lang?: string;
  hidden?: boolean;
  slot?: string;
  /** A theme name (see the Theming docs); otherwise the nearest `data-digi-theme`. */
  theme?: string;
  children?: unknown;
  key?: string | number;
};

/** The widgets' tags for a JSX namespace's `IntrinsicElements`. */
export interface DigiIntrinsicElements {
  'digi-competentieroos': DigiElementProps<DigiCompetentieroos>;
  'digi-cost-calculator': DigiElementProps<DigiCostCalculator>;
  'digi-cyber-checklist': DigiElementProps<DigiCyberChecklist>;
  'digi-leerid-login': DigiElementProps<DigiLeerIDLogin>;
  'digi-refurbisher-finder': DigiElementProps<DigiRefurbisherFinder>;
}
