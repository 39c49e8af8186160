/** The checklist's event, `digi-checklist-change`: its detail and its typed listeners. Types only. */
import type { ChecklistState, Summary } from './state.js';

/** The detail of `digi-checklist-change`. */
export interface ChecklistChangeDetail {
  /** The whole state: store it and give it back through the `state` property. */
  readonly state: ChecklistState;
  /** Done of the applicable measures, in whole percent. */
  readonly percent: number;
  readonly level: Summary['level'];
  /** Whether the browser could keep it (false: storage off, unavailable or full). */
  readonly savedLocally: boolean;
}

/** The events `<digi-cyber-checklist>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiCyberChecklistEventMap {
  'digi-checklist-change': CustomEvent<ChecklistChangeDetail>;
}

declare global {
  // Typed `addEventListener('digi-checklist-change', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
