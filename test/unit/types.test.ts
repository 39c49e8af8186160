/**
 * The public types, checked by the compiler (`npm run typecheck` covers
 * test/): typed events on elements, tags in querySelector, JSX props and the
 * React components' props. A line marked @ts-expect-error fails the type
 * check if it ever compiles, so these cannot pass by accident.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CostChangeDetail,
  DigiCostCalculator,
} from '../../src/components/cost-calculator/cost-calculator.js';
import type { RefurbisherSelectDetail } from '../../src/components/refurbisher-finder/refurbisher-finder.js';
import type { DigiIntrinsicElements } from '../../src/index.js';
import type { CostCalculator, LeerIDLogin } from '../../src/react/index.js';
import type { ComponentProps } from 'react';

describe('public types', () => {
  it('types the widgets in querySelector and their events in addEventListener', () => {
    expectTypeOf<HTMLElementTagNameMap['digi-cost-calculator']>().toEqualTypeOf<DigiCostCalculator>();
    expectTypeOf<HTMLElementEventMap['digi-cost-change']>().toEqualTypeOf<CustomEvent<CostChangeDetail>>();
    expectTypeOf<DocumentEventMap['digi-refurbisher-select']>().toEqualTypeOf<CustomEvent<RefurbisherSelectDetail>>();
    // As a page writes it: the listener's event is typed without a cast.
    const listen = (calculator: DigiCostCalculator) =>
      calculator.addEventListener('digi-cost-change', (event) => expectTypeOf(event.detail).toEqualTypeOf<CostChangeDetail>());
    expectTypeOf(listen).returns.toBeVoid();
  });

  it('gives JSX the widgets with their own properties', () => {
    expectTypeOf<DigiIntrinsicElements['digi-cost-calculator']['horizonYears']>().toEqualTypeOf<string | number | undefined>();
    expectTypeOf<DigiIntrinsicElements['digi-leerid-login']['clientId']>().toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error: a property the calculator does not have
    expectTypeOf<DigiIntrinsicElements['digi-cost-calculator']['noSuchProperty']>().toBeUnknown();
    // @ts-expect-error: methods are not props
    expectTypeOf<DigiIntrinsicElements['digi-cost-calculator']['connectedCallback']>().toBeUnknown();
  });

  it('types the React components: properties and event props', () => {
    type Props = ComponentProps<typeof CostCalculator>;
    expectTypeOf<NonNullable<Props['onCostChange']>>().parameter(0).toEqualTypeOf<CustomEvent<CostChangeDetail>>();
    expectTypeOf<ComponentProps<typeof LeerIDLogin>['clientId']>().toEqualTypeOf<string | null | undefined>();
  });
});
