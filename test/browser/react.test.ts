/**
 * `@digisprong/widgets/react`: each component renders its widget in a React
 * root, passes React props on as element properties, and hands the widget's
 * real events (caused by a person's action) to its `on…` prop.
 */
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Competentieroos, CostCalculator, CyberChecklist, LeerIDLogin, RefurbisherFinder } from '../../src/react/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLDivElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  vi.restoreAllMocks();
});

/** Renders `element` in a fresh React root and returns the custom element it made, rendered. */
async function render<E extends HTMLElement & { updateComplete: Promise<boolean> }>(element: ReturnType<typeof createElement>, tag: string): Promise<E> {
  container = document.createElement('div');
  container.lang = 'nl-BE';
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(element));
  const widget = container.querySelector<E>(tag)!;
  expect(widget, `<${tag}> in the React tree`).toBeTruthy();
  await vi.waitFor(() => expect(customElements.get(tag)).toBeDefined());
  await widget.updateComplete;
  return widget;
}

const inShadow = <T extends Element>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;

describe('@digisprong/widgets/react', () => {
  it('CostCalculator: registers its tag on first render and calls onCostChange when a number changes', async () => {
    const onCostChange = vi.fn();
    const widget = await render(createElement(CostCalculator, { onCostChange }), 'digi-cost-calculator');
    await userEvent.fill(inShadow<HTMLInputElement>(widget, '#s3-devices'), '50');
    await vi.waitFor(() => expect(onCostChange).toHaveBeenCalled());
    const event = onCostChange.mock.lastCall![0] as CustomEvent<{ cheapestId: string; horizonYears: number }>;
    expect(event.type).toBe('digi-cost-change');
    expect(event.detail).toMatchObject({ cheapestId: 's3', horizonYears: 6 });
  });

  it('Competentieroos: sets the profile property and calls onCompetenceSelect on Enter', async () => {
    const onCompetenceSelect = vi.fn();
    const widget = await render(createElement(Competentieroos, { profile: { '1.1': 'B1' }, onCompetenceSelect }), 'digi-competentieroos');
    expect((widget as unknown as { profile: unknown }).profile).toEqual({ '1.1': 'B1' });
    await vi.waitFor(() => expect(widget.shadowRoot!.querySelector('.target')).toBeTruthy());
    inShadow<SVGPathElement>(widget, '.target').focus();
    await userEvent.keyboard('{Enter}');
    expect(onCompetenceSelect).toHaveBeenCalledTimes(1);
    expect((onCompetenceSelect.mock.lastCall![0] as CustomEvent).detail).toMatchObject({ competence: '1.1', level: 'B1' });
  });

  it('RefurbisherFinder: calls onRefurbisherSelect when a refurbisher is chosen', async () => {
    const onRefurbisherSelect = vi.fn();
    const widget = await render(createElement(RefurbisherFinder, { onRefurbisherSelect, chooseLabel: 'Vraag een offerte aan' }), 'digi-refurbisher-finder');
    const choose = () => widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="result"] .card__footer button')[0];
    await vi.waitFor(() => expect(choose()).toBeTruthy());
    choose()!.click();
    await vi.waitFor(() => expect(onRefurbisherSelect).toHaveBeenCalledTimes(1));
    expect((onRefurbisherSelect.mock.lastCall![0] as CustomEvent<{ refurbisher: { id: string } }>).detail.refurbisher.id).toBe('vb-circulair-brabant');
  });

  it('LeerIDLogin: passes attributes through and calls onLeerIDError when the provider cannot be reached', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('Service Unavailable', { status: 503 }));
    const onLeerIDError = vi.fn();
    const widget = await render(
      createElement(LeerIDLogin, { issuer: 'https://id.leerid.example', clientId: 'klasapp', onLeerIDError }),
      'digi-leerid-login',
    );
    inShadow<HTMLButtonElement>(widget, 'button').click();
    await vi.waitFor(() => expect(onLeerIDError).toHaveBeenCalledTimes(1));
    expect((onLeerIDError.mock.lastCall![0] as CustomEvent<{ code: string }>).detail.code).toBe('discovery_failed');
  });

  it('CyberChecklist: keeps answers where the host says and calls onChecklistChange when a status changes', async () => {
    const onChecklistChange = vi.fn();
    const widget = await render(createElement(CyberChecklist, { storage: 'none', onChecklistChange }), 'digi-cyber-checklist');
    const radio = () => widget.shadowRoot!.querySelector<HTMLInputElement>('input[name="s-dpo"][value="done"]');
    await vi.waitFor(() => expect(radio()).toBeTruthy());
    radio()!.click();
    await vi.waitFor(() => expect(onChecklistChange).toHaveBeenCalledTimes(1));
    const detail = (onChecklistChange.mock.lastCall![0] as CustomEvent<{ state: { answers: Record<string, { status: string }> }; savedLocally: boolean }>).detail;
    expect(detail.state.answers.dpo?.status).toBe('done');
    expect(detail.savedLocally).toBe(false);
  });
});
