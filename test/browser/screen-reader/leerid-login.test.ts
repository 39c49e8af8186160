import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { page } from 'vitest/browser';
import '../../../src/components/leerid-login/define.js';
import type { DigiLeerIDLogin, LeerIDErrorDetail } from '../../../src/components/leerid-login/leerid-login.js';
import {
  liveAnnouncements,
  mark,
  quietPeriod,
  readUntil,
  spokenSince,
  startScreenReader,
  stopScreenReader,
  virtual,
  waitForAnnouncement,
} from '../../support/screen-reader.js';

const issuer = 'https://id.leerid.example';

async function mount(): Promise<DigiLeerIDLogin> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"><digi-leerid-login issuer=${issuer} client-id="klasapp"></digi-leerid-login></div>`);
  const el = wrapper.querySelector('digi-leerid-login')!;
  await el.updateComplete;
  return el;
}

beforeEach(async () => {
  await page.viewport(1024, 768);
  sessionStorage.clear();
});

afterEach(async () => {
  await stopScreenReader();
  vi.restoreAllMocks();
  sessionStorage.clear();
  fixtureCleanup();
});

const busyText = 'Even geduld, je gaat naar LeerID…';
const errorTitle = 'Aanmelden lukte niet.';
const errorMessage = 'Deze knop is niet goed ingesteld. Vraag hulp aan je leerkracht of aan de beheerder van de website.';

describe('<digi-leerid-login> with a screen reader', () => {
  it('names the button, says it is busy, then announces the error once and ties it to the button', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // The discovery document is fetched first; it answers only when the test says so.
    let answer!: (response: Response) => void;
    const fetch = vi.spyOn(window, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await mount();
    await startScreenReader();

    // Reading the page: the button, by its name and role; nothing else yet.
    expect(await readUntil(/^button/)).toEqual(['button, Aanmelden met LeerID']);
    expect(await spokenSince(0)).toEqual(['document', 'button, Aanmelden met LeerID']);

    // Enter on the button: it says it is busy (unavailable, with the reason as its description), and so does the announcer.
    let from = await mark();
    await virtual.press('Enter');
    await waitForAnnouncement(from, `polite: ${busyText}`);
    expect(await spokenSince(from)).toEqual([`button, Aanmelden met LeerID, ${busyText}, disabled`, `polite: ${busyText}`]);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(String(fetch.mock.calls[0]![0])).toBe(`${issuer}/.well-known/openid-configuration`);

    // The provider cannot be discovered: the error is announced at once (assertive), exactly once.
    from = await mark();
    const failed = new Promise<CustomEvent<LeerIDErrorDetail>>((resolve) =>
      el.addEventListener('digi-leerid-error', (event) => resolve(event as CustomEvent<LeerIDErrorDetail>), { once: true }),
    );
    answer(new Response('Service Unavailable', { status: 503 }));
    expect((await failed).detail.code).toBe('discovery_failed');
    await waitForAnnouncement(from, `assertive: ${errorTitle} ${errorMessage}`);
    await el.updateComplete;

    // Back on the button (from the top): ready again, with the error as its description.
    await readUntil('document');
    expect(await readUntil(/^button/)).toEqual([`button, Aanmelden met LeerID, ${errorTitle} ${errorMessage}`]);
    // Each announcement once over the whole flow, also after a pause for a late copy.
    await quietPeriod();
    expect(liveAnnouncements(await spokenSince(0))).toEqual([`polite: ${busyText}`, `assertive: ${errorTitle} ${errorMessage}`]);
  });
});
