/**
 * `@digisprong/widgets/react`: React components for the widgets, made with
 * @lit/react, with typed props (the element's properties) and typed event
 * props (`onCostChange` for `digi-cost-change`, ...).
 *
 * ```tsx
 * import { CostCalculator } from '@digisprong/widgets/react';
 * <CostCalculator lang="nl-BE" onCostChange={(event) => save(event.detail)} />
 * ```
 *
 * Importing this module registers nothing: each component registers its own
 * `<digi-…>` tag the first time it renders (in the browser), so a bundler can
 * drop the components, and the widgets, an app does not use. Sites that need
 * another tag prefix register the class themselves with `defineElement` and
 * wrap it with @lit/react's `createComponent` under their tag.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { DigiCompetentieroos, type DigiCompetentieroosEventMap as RoseEvents } from '../components/competentieroos/competentieroos.js';
import { DigiCostCalculator, type DigiCostCalculatorEventMap as CalculatorEvents } from '../components/cost-calculator/cost-calculator.js';
import { DigiCyberChecklist, type DigiCyberChecklistEventMap as ChecklistEvents } from '../components/cyber-checklist/cyber-checklist.js';
import { DigiLeerIDLogin, type DigiLeerIDLoginEventMap as LoginEvents } from '../components/leerid-login/leerid-login.js';
import {
  DigiRefurbisherFinder,
  type DigiRefurbisherFinderEventMap as FinderEvents,
} from '../components/refurbisher-finder/refurbisher-finder.js';
import { defaultPrefix, defineElement } from '../core/define.js';

type EventMap = Record<string, EventName | string>;

/**
 * A React component for `<digi-<name>>` that registers the tag when it first
 * renders. Registering during render is idempotent (defineElement skips a
 * defined tag), and Lit keeps properties React set before the upgrade.
 */
function wrap<E extends HTMLElement, Events extends EventMap>(
  name: string,
  elementClass: { new (): E },
  events: Events,
  displayName: string,
): ReactWebComponent<E, Events> {
  const Component = createComponent({ react: React, tagName: `${defaultPrefix}-${name}`, elementClass, events, displayName });
  let registered = false;
  const Registering = React.forwardRef<E, React.ComponentProps<typeof Component>>((props, ref) => {
    if (!registered && typeof customElements !== 'undefined') {
      defineElement(name, elementClass, { prefix: defaultPrefix });
      registered = true;
    }
    return React.createElement(Component, { ...props, ref } as React.ComponentProps<typeof Component>);
  });
  Registering.displayName = displayName;
  return Registering as unknown as ReactWebComponent<E, Events>;
}

/** `<digi-competentieroos>`: a competence rose. */
export const Competentieroos = /* @__PURE__ */ wrap(
  'competentieroos',
  DigiCompetentieroos,
  {
    onCompetenceSelect: 'digi-competence-select' as EventName<RoseEvents['digi-competence-select']>,
    onCompetenceChange: 'digi-competence-change' as EventName<RoseEvents['digi-competence-change']>,
  },
  'Competentieroos',
);

/** `<digi-cost-calculator>`: what digital learning costs a school and a parent. */
export const CostCalculator = /* @__PURE__ */ wrap(
  'cost-calculator',
  DigiCostCalculator,
  { onCostChange: 'digi-cost-change' as EventName<CalculatorEvents['digi-cost-change']> },
  'CostCalculator',
);

/** `<digi-cyber-checklist>`: a school's growth path in cybersecurity and privacy. */
export const CyberChecklist = /* @__PURE__ */ wrap(
  'cyber-checklist',
  DigiCyberChecklist,
  { onChecklistChange: 'digi-checklist-change' as EventName<ChecklistEvents['digi-checklist-change']> },
  'CyberChecklist',
);

/** `<digi-leerid-login>`: the "Aanmelden met LeerID" button. */
export const LeerIDLogin = /* @__PURE__ */ wrap(
  'leerid-login',
  DigiLeerIDLogin,
  {
    onLeerIDRedirect: 'digi-leerid-redirect' as EventName<LoginEvents['digi-leerid-redirect']>,
    onLeerIDLogin: 'digi-leerid-login' as EventName<LoginEvents['digi-leerid-login']>,
    onLeerIDCode: 'digi-leerid-code' as EventName<LoginEvents['digi-leerid-code']>,
    onLeerIDError: 'digi-leerid-error' as EventName<LoginEvents['digi-leerid-error']>,
  },
  'LeerIDLogin',
);

/** `<digi-refurbisher-finder>`: find a recognised refurbisher. */
export const RefurbisherFinder = /* @__PURE__ */ wrap(
  'refurbisher-finder',
  DigiRefurbisherFinder,
  { onRefurbisherSelect: 'digi-refurbisher-select' as EventName<FinderEvents['digi-refurbisher-select']> },
  'RefurbisherFinder',
);
