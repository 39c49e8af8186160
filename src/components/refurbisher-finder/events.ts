/** The finder's event, `digi-refurbisher-select`: its detail and typed listeners. Pure, no DOM. */
import type { Refurbisher } from './model.js';

/** The detail of `digi-refurbisher-select`: the chosen refurbisher, or null when the choice is undone. */
export interface RefurbisherSelectDetail {
  refurbisher: Refurbisher | null;
}

/** The events `<digi-refurbisher-finder>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiRefurbisherFinderEventMap {
  'digi-refurbisher-select': CustomEvent<RefurbisherSelectDetail>;
}

declare global {
  // Typed `addEventListener('digi-refurbisher-select', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-refurbisher-select': CustomEvent<RefurbisherSelectDetail>;
  }
}
