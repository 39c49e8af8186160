/** The calculator's event, `digi-cost-change`: its detail and its typed listeners. Pure, no DOM. */
import type { ErrorCode, Evaluation } from './form.js';
import type { CostResult } from './model.js';

/** The detail of `digi-cost-change`: the full result, and what is still missing. */
export interface CostChangeDetail extends CostResult {
  /** Every field with an error, by field id (`horizon`, `s2-devices`), including empty required fields. */
  errors: { field: string; code: ErrorCode }[];
  /** Scenarios left out of the results until their fields are valid. */
  excludedScenarioIds: string[];
}

/** The events `<digi-cost-calculator>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiCostCalculatorEventMap {
  'digi-cost-change': CustomEvent<CostChangeDetail>;
}

declare global {
  // Typed `addEventListener('digi-cost-change', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-cost-change': CustomEvent<CostChangeDetail>;
  }
}

/** The event's detail for a calculation and the form's evaluation. */
export function changeDetail(calculation: CostResult, evaluation: Evaluation): CostChangeDetail {
  return {
    ...calculation,
    errors: [...evaluation.errors].map(([field, error]) => ({ field, code: error.code })),
    excludedScenarioIds: [...evaluation.excluded.keys()],
  };
}
