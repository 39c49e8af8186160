/**
 * `blocked_by_csp` under a real Content-Security-Policy: this file's page gets
 * a `<meta>` policy whose connect-src leaves the issuer out, so the browser
 * itself blocks the discovery request and reports the violation. A file of its
 * own, as a policy cannot be taken back from a document.
 */
import { beforeAll, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import '../../src/components/leerid-login/define.js';
import type { DigiLeerIDLogin, LeerIDErrorDetail } from '../../src/components/leerid-login/leerid-login.js';

const issuer = 'https://id.leerid.example';

beforeAll(() => {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ws: wss:`;
  document.head.append(meta);
});

it('a connect-src without the issuer: blocked_by_csp, with the origin to add, and not the pupil’s internet', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang="nl"><digi-leerid-login issuer=${issuer} client-id="klasapp"></digi-leerid-login></div>`,
  );
  const el = wrapper.querySelector<DigiLeerIDLogin>('digi-leerid-login')!;
  await el.updateComplete;
  const failed = new Promise<CustomEvent<LeerIDErrorDetail>>((resolve) =>
    el.addEventListener('digi-leerid-error', (event) => resolve(event as CustomEvent<LeerIDErrorDetail>), { once: true }),
  );
  el.shadowRoot!.querySelector('button')!.click();
  const { detail } = await failed;
  await el.updateComplete;
  expect(detail.code).toBe('blocked_by_csp');
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="status"] details')!;
  expect(details.open).toBe(false);
  expect(details.textContent).toContain(`Voeg ${issuer} toe aan connect-src van de Content-Security-Policy.`);
  expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).not.toContain('internet');
  expect(String(error.mock.calls[0]?.[0])).toContain(`add ${issuer} to its connect-src`);
});
