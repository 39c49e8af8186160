/** Behaviour of the shared announcer primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announce, button, prepareAnnouncer } from '../../../src/primitives/index.js';
import { render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('announcer', () => {
  const regions = () => [...document.querySelectorAll<HTMLElement>('[data-digi-announcer]')];
  const polite = () => document.getElementById('digi-announcer-polite')!;
  const assertive = () => document.getElementById('digi-announcer-assertive')!;

  it('keeps one polite and one assertive region in the light DOM of document.body', async () => {
    await render(() => button({ label: 'Een' }));
    await render(() => button({ label: 'Twee' }));
    prepareAnnouncer();
    prepareAnnouncer();
    expect(regions().map((region) => region.id)).toEqual(['digi-announcer-polite', 'digi-announcer-assertive']);
    for (const region of regions()) {
      expect(region.parentNode).toBe(document.body);
      expect(region.getRootNode()).toBe(document);
      expect(region.getAttribute('aria-atomic')).toBe('true');
    }
    expect(polite().getAttribute('aria-live')).toBe('polite');
    expect(assertive().getAttribute('aria-live')).toBe('assertive');
  });

  it('says a message after a short pause, in the region of its politeness', async () => {
    prepareAnnouncer();
    announce('3 resultaten gevonden.');
    expect(polite().textContent).toBe('');
    await vi.waitFor(() => expect(polite().textContent).toBe('3 resultaten gevonden.'));

    announce('Opslaan mislukt.', 'assertive');
    await vi.waitFor(() => expect(assertive().textContent).toBe('Opslaan mislukt.'));
    expect(polite().textContent).toBe('3 resultaten gevonden.');
  });

  it('announces the same message twice when it is said twice', async () => {
    prepareAnnouncer();
    announce('Eerst iets anders.');
    await vi.waitFor(() => expect(polite().textContent).toBe('Eerst iets anders.'));

    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(polite().textContent ?? ''));
    observer.observe(polite(), { childList: true, characterData: true, subtree: true });
    announce('Rij verwijderd.');
    await vi.waitFor(() => expect(polite().textContent).toBe('Rij verwijderd.'));
    announce('Rij verwijderd.');
    expect(polite().textContent).toBe('');
    await vi.waitFor(() => expect(polite().textContent).toBe('Rij verwijderd.'));
    observer.disconnect();
    expect(seen).toEqual(['', 'Rij verwijderd.', '', 'Rij verwijderd.']);
  });

  it('says only the last of quick successive messages', async () => {
    prepareAnnouncer();
    announce('1 resultaat');
    announce('2 resultaten');
    announce('3 resultaten');
    await vi.waitFor(() => expect(polite().textContent).toBe('3 resultaten'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(polite().textContent).toBe('3 resultaten');
  });
});
