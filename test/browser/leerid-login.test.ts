import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { page } from 'vitest/browser';
import '../../src/components/leerid-login/define.js';
import type {
  DigiLeerIDLogin,
  LeerIDCodeResult,
  LeerIDErrorDetail,
  LeerIDLoginResult,
  LeerIDRedirectDetail,
} from '../../src/components/leerid-login/leerid-login.js';
import { expectAccessible } from '../support/a11y.js';
import { contrastRatio, type Rgb } from '../../src/design/contrast.js';
import { themeRegistry } from '../../src/design/themes.js';

const issuer = 'https://id.leerid.example';
const transactionKey = 'digi-leerid-login:transaction';

const shadow = (el: DigiLeerIDLogin) => el.shadowRoot!;
const button = (el: DigiLeerIDLogin) => shadow(el).querySelector<HTMLButtonElement>('button')!;
const statusText = (el: DigiLeerIDLogin) => (shadow(el).querySelector('[part="status"]')!.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The provider's discovery document, as a well-behaved provider serves it. */
const discovery = {
  issuer,
  authorization_endpoint: `${issuer}/auth`,
  token_endpoint: `${issuer}/token`,
  jwks_uri: `${issuer}/jwks`,
  response_types_supported: ['code'],
  code_challenge_methods_supported: ['S256'],
  id_token_signing_alg_values_supported: ['RS256'],
  authorization_response_iss_parameter_supported: true,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const base64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const bytesBase64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** An RS256 key pair made with WebCrypto: the provider's public key goes in its JWKS. */
interface SigningKey {
  readonly publicJwk: JsonWebKey & { kid: string };
  sign(claims: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>;
}

async function makeSigningKey(kid: string): Promise<SigningKey> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const pair = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const publicJwk = { ...(await crypto.subtle.exportKey('jwk', pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    publicJwk,
    async sign(claims, header = {}) {
      const input = `${base64url({ alg: 'RS256', typ: 'JWT', kid, ...header })}.${base64url(claims)}`;
      const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, new TextEncoder().encode(input));
      return `${input}.${bytesBase64url(signature)}`;
    },
  };
}

let providerKey: SigningKey;
let foreignKey: SigningKey;
beforeAll(async () => {
  providerKey = await makeSigningKey('provider-key');
  // Same kid: only the signature tells them apart.
  foreignKey = await makeSigningKey('provider-key');
});

/** Answers the widget's fetches: discovery, the provider's JWKS, and the token endpoint when given. */
function mockProvider(token?: (body: URLSearchParams) => Response | Promise<Response>, served = discovery) {
  return vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === `${issuer}/.well-known/openid-configuration`) return json(served);
    if (url === `${issuer}/jwks`) return json({ keys: [providerKey.publicJwk] });
    if (url === `${issuer}/token` && token) return token(new URLSearchParams(String(init?.body)));
    return new Response('not found', { status: 404 });
  });
}

async function mount(template = html`<digi-leerid-login issuer=${issuer} client-id="klasapp"></digi-leerid-login>`, lang = 'nl') {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector('digi-leerid-login')!;
  await el.updateComplete;
  return el;
}

/** Resolves with the next `type` event from `el`, cancelling redirects so the test page stays. */
function next<T>(el: Element, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    el.addEventListener(
      type,
      (event) => {
        if (type === 'digi-leerid-redirect') event.preventDefault();
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    ),
  );
}

beforeEach(async () => {
  await page.viewport(1024, 768);
  sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
  history.replaceState(null, '', window.location.pathname);
});

describe('<digi-leerid-login> the button', () => {
  it('is a real button in the shadow root, named with LeerID, accessible in every variant and size', async () => {
    for (const variant of ['light', 'dark', 'outline']) {
      for (const size of ['small', 'medium', 'large']) {
        const el = await mount(
          html`<digi-leerid-login issuer=${issuer} client-id="klasapp" variant=${variant} size=${size}></digi-leerid-login>`,
        );
        expect(button(el).localName).toBe('button');
        expect(button(el).type).toBe('button');
        expect(button(el).textContent!.replace(/\s+/g, ' ').trim()).toBe('Aanmelden met LeerID');
        await expectAccessible(el, `${variant} ${size}`);
      }
    }
  });

  it('light and outline look clearly different in every theme: a filled tint with a thin border, or no fill with a 2 px primary border; AA contrast', async () => {
    const rgb = (value: string): Rgb & { a: number } => {
      const [r = 0, g = 0, b = 0, a = 1] = value.match(/[\d.]+/g)!.map(Number);
      return { r, g, b, a };
    };
    for (const theme of themeRegistry.keys()) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl" data-digi-theme=${theme}>
          <digi-leerid-login theme=${theme} issuer=${issuer} client-id="klasapp" variant="light"></digi-leerid-login>
          <digi-leerid-login theme=${theme} issuer=${issuer} client-id="klasapp" variant="outline"></digi-leerid-login>
        </div>`,
      );
      const [light, outline] = [...wrapper.querySelectorAll('digi-leerid-login')].map((el) => el as DigiLeerIDLogin);
      await light!.updateComplete;
      await outline!.updateComplete;
      const [l, o] = [getComputedStyle(button(light!)), getComputedStyle(button(outline!))];
      // The widget's root paints the theme's surface, which outline's text and border stand on.
      const surface = rgb(getComputedStyle(shadow(outline!).querySelector('.root')!).backgroundColor);
      // Light: filled, thin border; outline: no fill, a border twice as wide in another colour.
      expect(rgb(l.backgroundColor).a, theme).toBe(1);
      expect(rgb(o.backgroundColor).a, theme).toBe(0);
      expect(parseFloat(o.borderTopWidth), theme).toBeGreaterThanOrEqual(2 * parseFloat(l.borderTopWidth));
      expect(o.borderTopColor, theme).not.toBe(l.borderTopColor);
      // AA: text 4.5:1 on its background, the boundary 3:1 on the page (white and dark pages for light's fixed colours).
      expect(contrastRatio(rgb(l.color), rgb(l.backgroundColor)), theme).toBeGreaterThanOrEqual(4.5);
      for (const page of ['#ffffff', '#1d1d1b']) expect(contrastRatio(rgb(l.borderTopColor), page), theme).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(rgb(o.color), surface), theme).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rgb(o.borderTopColor), surface), theme).toBeGreaterThanOrEqual(3);
    }
  });

  it('is at least 44 x 44 px at every size, the library\'s target, and grows with size', async () => {
    const boxes: DOMRect[] = [];
    for (const size of ['small', 'medium', 'large']) {
      const el = await mount(html`<digi-leerid-login issuer=${issuer} client-id="klasapp" size=${size}></digi-leerid-login>`);
      const box = button(el).getBoundingClientRect();
      boxes.push(box);
      expect(box.height, size).toBeGreaterThanOrEqual(44);
      expect(box.width, size).toBeGreaterThanOrEqual(44);
    }
    const [small, medium, large] = boxes as [DOMRect, DOMRect, DOMRect];
    // Small is smaller type in the same target: narrower, never lower.
    expect(small.width).toBeLessThan(medium.width);
    expect(small.height).toBeLessThanOrEqual(medium.height);
    expect(medium.height).toBeLessThan(large.height);
  });

  it('fills its container with full-width', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 500px"><digi-leerid-login issuer=${issuer} client-id="klasapp" full-width></digi-leerid-login></div>`,
    );
    const el = wrapper.querySelector('digi-leerid-login')!;
    await el.updateComplete;
    expect(Math.round(button(el).getBoundingClientRect().width)).toBe(500);
  });

  it('takes focus from outside (delegatesFocus) and shows a focus ring', async () => {
    const el = await mount();
    el.focus();
    expect(shadow(el).activeElement).toBe(button(el));
    expect(getComputedStyle(button(el)).outlineStyle).not.toBe('none');
  });

  it('never submits the form it stands in', async () => {
    mockProvider();
    const wrapper = await fixture<HTMLFormElement>(
      html`<form><digi-leerid-login issuer=${issuer} client-id="klasapp"></digi-leerid-login></form>`,
    );
    const submitted = vi.fn((event: Event) => event.preventDefault());
    wrapper.addEventListener('submit', submitted);
    const el = wrapper.querySelector('digi-leerid-login')!;
    await el.updateComplete;
    const redirect = next(el, 'digi-leerid-redirect');
    button(el).click();
    await redirect;
    expect(submitted).not.toHaveBeenCalled();
  });

  it('shows its own mark, which a slotted image replaces', async () => {
    const plain = await mount();
    expect(shadow(plain).querySelector('[part="mark"] svg')!.getAttribute('aria-hidden')).toBe('true');

    const el = await mount(
      html`<digi-leerid-login issuer=${issuer} client-id="klasapp"><svg slot="mark" aria-hidden="true" viewBox="0 0 1 1"></svg></digi-leerid-login>`,
    );
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="mark"]')!;
    expect(slot.assignedElements().map((node) => node.localName)).toEqual(['svg']);
    await expectAccessible(el);
  });

  it('can be disabled', async () => {
    const el = await mount(html`<digi-leerid-login issuer=${issuer} client-id="klasapp" disabled></digi-leerid-login>`);
    expect(button(el).disabled).toBe(true);
    await expectAccessible(el);
  });
});

describe('states set by the site', () => {
  it('busy: says so, shows a spinner, stays focusable and ignores clicks', async () => {
    const fetch = mockProvider();
    const el = await mount(html`<digi-leerid-login issuer=${issuer} client-id="klasapp" busy></digi-leerid-login>`);
    expect(button(el).getAttribute('aria-disabled')).toBe('true');
    expect(button(el).disabled).toBe(false);
    expect(shadow(el).querySelector('.spinner')).not.toBeNull();
    expect(statusText(el)).toBe('Even geduld, je gaat naar LeerID…');
    button(el).click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).not.toHaveBeenCalled();
    await expectAccessible(el);
  });

  it('error: a plain-language message for the code, tied to the button', async () => {
    const el = await mount(html`<digi-leerid-login issuer=${issuer} client-id="klasapp" error="access_denied"></digi-leerid-login>`);
    // updateComplete waits for the lazily loaded error words.
    expect(statusText(el)).toContain('Je hebt het aanmelden gestopt');
    expect(statusText(el)).toContain('Aanmelden lukte niet.');
    // The button is described by the message for the user only; the details for the web team follow it.
    const described = shadow(el).getElementById(button(el).getAttribute('aria-describedby')!)!;
    expect(described.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Aanmelden lukte niet. Je hebt het aanmelden gestopt. Wil je toch aanmelden? Klik dan opnieuw op de knop.',
    );
    expect(statusText(el)).toContain('Voor de beheerder Foutcode: access_denied');
    await expectAccessible(el);

    el.error = 'temporarily_unavailable';
    await vi.waitFor(() => expect(statusText(el)).toContain('LeerID werkt even niet'));
  });
});

describe('settings', () => {
  it.each([
    ['an http issuer', { issuer: 'http://id.leerid.example', clientId: 'klasapp' }, 'issuer moet met https:// beginnen', 'issuer="http://id.leerid.example" must use https'],
    ['a foreign redirect URI', { issuer, clientId: 'klasapp', redirectUri: 'https://evil.example/cb' }, 'redirect-uri moet op dezelfde website staan', 'redirect-uri="https://evil.example/cb"'],
    ['no client id', { issuer, clientId: null }, 'Het attribuut client-id ontbreekt.', 'client-id is required'],
  ])('refuses %s: button disabled, message for the web team, console error', async (_name, settings, shown, logged) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = mockProvider();
    const el = await mount(
      html`<digi-leerid-login
        issuer=${settings.issuer}
        client-id=${settings.clientId ?? ''}
        redirect-uri=${('redirectUri' in settings ? settings.redirectUri : undefined) ?? ''}
      ></digi-leerid-login>`,
    );
    await vi.waitFor(() => expect(statusText(el)).toContain(shown));
    expect(statusText(el)).toContain('Deze knop is niet goed ingesteld.');
    expect(button(el).disabled).toBe(true);
    await vi.waitFor(() => expect(error).toHaveBeenCalledOnce());
    expect(String(error.mock.calls[0]![0])).toContain('[digi-leerid-login]');
    expect(String(error.mock.calls[0]![0])).toContain(logged);
    expect(fetch).not.toHaveBeenCalled();
    await expectAccessible(el);
  });

  it('recovers when the settings are fixed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(html`<digi-leerid-login issuer="http://id.leerid.example" client-id="klasapp"></digi-leerid-login>`);
    expect(button(el).disabled).toBe(true);
    el.issuer = issuer;
    await el.updateComplete;
    expect(button(el).disabled).toBe(false);
    expect(statusText(el)).toBe('');
  });
});

describe('the login', () => {
  it('prepares an authorization request with PKCE S256, state, nonce and the page language', async () => {
    mockProvider();
    const el = await mount(
      html`<digi-leerid-login issuer=${issuer} client-id="klasapp" scope="profile" prompt="login" login-hint="lotte"></digi-leerid-login>`,
      'fr-BE',
    );
    const redirect = next<LeerIDRedirectDetail>(el, 'digi-leerid-redirect');
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-disabled')).toBe('true');
    const url = new URL((await redirect).detail.url);

    expect(url.origin + url.pathname).toBe(`${issuer}/auth`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      client_id: 'klasapp',
      redirect_uri: `${location.origin}${location.pathname}`,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge_method: 'S256',
      prompt: 'login',
      login_hint: 'lotte',
      ui_locales: 'fr-BE fr',
    });
    const stored = JSON.parse(sessionStorage.getItem(transactionKey)!) as Record<string, string>;
    expect(stored).toMatchObject({ state: params['state'], nonce: params['nonce'], clientId: 'klasapp', mode: 'redirect' });
    // The challenge is the SHA-256 of the stored verifier (RFC 7636, S256).
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(stored['codeVerifier'])));
    const challenge = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(params['code_challenge']).toBe(challenge);
    expect(localStorage.length).toBe(0);

    // Cancelled by the page: the button is ready again.
    await vi.waitFor(() => expect(button(el).getAttribute('aria-disabled')).toBeNull());
  });

  it('explains a provider that cannot be discovered, fires digi-leerid-error and can be tried again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(new Response('Service Unavailable', { status: 503 }));
    const el = await mount();
    const failed = next<LeerIDErrorDetail>(el, 'digi-leerid-error');
    button(el).click();
    const { detail } = await failed;
    expect(detail.code).toBe('discovery_failed');
    expect(detail.message).toBe(
      'Deze knop is niet goed ingesteld. Vraag hulp aan je leerkracht of aan de beheerder van de website.',
    );
    await el.updateComplete;
    expect(el.error).toBe('discovery_failed');
    expect(el.getAttribute('error')).toBe('discovery_failed');
    expect(statusText(el)).toContain(detail.message);
    expect(button(el).getAttribute('aria-disabled')).toBeNull();
    await expectAccessible(el);

    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetch.mockRejectedValue(new TypeError('Failed to fetch'));
    const again = next<LeerIDErrorDetail>(el, 'digi-leerid-error');
    button(el).click();
    expect((await again).detail.code).toBe('provider_unreachable');
  });

  it('with callback: finishes the login in the URL, cleans the URL and fires digi-leerid-login', async () => {
    const claims = startedLogin();
    const token = vi.fn(async (body: URLSearchParams) => {
      expect(Object.fromEntries(body)).toMatchObject({
        grant_type: 'authorization_code',
        code: 'the-code',
        code_verifier: 'v'.repeat(43),
        redirect_uri: redirectUri(),
        client_id: 'klasapp',
      });
      return tokenAnswer(await providerKey.sign(claims));
    });
    mockProvider(token);

    const { detail, el } = await finish<LeerIDLoginResult>('digi-leerid-login');
    expect(detail.claims).toMatchObject({ sub: 'lotte', name: 'Lotte', aud: 'klasapp' });
    expect(detail.accessToken).toBe('at');
    expect(token).toHaveBeenCalledOnce();
    expect(location.search).toBe('');
    expect(sessionStorage.getItem(transactionKey)).toBeNull();
    expect(statusText(el)).toBe('Je bent aangemeld.');
    await expectAccessible(el);
  });

  it.each([
    ['signed with a key that is not in the provider’s JWKS', (claims: Record<string, unknown>) => foreignKey.sign(claims)],
    ['with alg "none"', (claims: Record<string, unknown>) => Promise.resolve(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`)],
    [
      'with alg "HS256" (a secret the page would share)',
      async (claims: Record<string, unknown>) => {
        const input = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
        const secret = await crypto.subtle.importKey('raw', new TextEncoder().encode('klasapp'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
        return `${input}.${bytesBase64url(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(input)))}`;
      },
    ],
  ])('refuses an ID token %s, with the right claims', async (_name, sign) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const claims = startedLogin();
    const idToken = await sign(claims);
    // A provider that announces every algorithm: only the widget's own check stands in the way.
    mockProvider(async () => tokenAnswer(idToken), { ...discovery, id_token_signing_alg_values_supported: ['RS256', 'HS256', 'none'] });
    const { detail, el } = await finish<LeerIDErrorDetail>('digi-leerid-error');
    expect(detail.code).toBe('id_token_invalid');
    expect(statusText(el)).toContain('iets niet klopte');
    expect(location.search).toBe('');
  });

  it('ignores an error answer without state, and keeps the login in progress', async () => {
    startedLogin();
    const fetch = mockProvider();
    history.replaceState(null, '', `${location.pathname}?error=access_denied&error_description=nee`);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const events: string[] = [];
    for (const type of ['digi-leerid-login', 'digi-leerid-error']) wrapper.addEventListener(type, () => events.push(type));
    wrapper.innerHTML = `<digi-leerid-login issuer="${issuer}" client-id="klasapp" callback></digi-leerid-login>`;
    const el = wrapper.querySelector<DigiLeerIDLogin>('digi-leerid-login')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    expect(el.error).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(transactionKey)).not.toBeNull();
  });

  it('resolves a relative redirect-uri against the document base URL', async () => {
    mockProvider();
    const el = await mount(html`<digi-leerid-login issuer=${issuer} client-id="klasapp" redirect-uri="/aanmelden/"></digi-leerid-login>`);
    expect(button(el).disabled).toBe(false);
    const redirect = next<LeerIDRedirectDetail>(el, 'digi-leerid-redirect');
    button(el).click();
    const url = new URL((await redirect).detail.url);
    expect(url.searchParams.get('redirect_uri')).toBe(`${location.origin}/aanmelden/`);
  });

  it('mode="code" with the backend’s state, nonce and challenge: no verifier in the page', async () => {
    mockProvider();
    const backend = { state: 'backend-state-0123456789abcdef', nonce: 'backend-nonce-0123456789abcdef', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };
    const el = await mount(
      html`<digi-leerid-login
        issuer=${issuer}
        client-id="klasapp"
        mode="code"
        oidc-state=${backend.state}
        oidc-nonce=${backend.nonce}
        code-challenge=${backend.challenge}
      ></digi-leerid-login>`,
    );
    const redirect = next<LeerIDRedirectDetail>(el, 'digi-leerid-redirect');
    button(el).click();
    const params = new URL((await redirect).detail.url).searchParams;
    expect([params.get('state'), params.get('nonce'), params.get('code_challenge')]).toEqual([backend.state, backend.nonce, backend.challenge]);
    const stored = JSON.parse(sessionStorage.getItem(transactionKey)!) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('codeVerifier');

    // Back with the answer: the code and the state go to the backend, no verifier.
    history.replaceState(null, '', `${location.pathname}?code=the-code&state=${backend.state}&iss=${encodeURIComponent(issuer)}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const handed = next<LeerIDCodeResult>(wrapper, 'digi-leerid-code');
    wrapper.innerHTML = `<digi-leerid-login issuer="${issuer}" client-id="klasapp" mode="code" callback oidc-state="${backend.state}" oidc-nonce="${backend.nonce}" code-challenge="${backend.challenge}"></digi-leerid-login>`;
    const { detail } = await handed;
    expect(detail).toMatchObject({ type: 'code', code: 'the-code', state: backend.state, nonce: backend.nonce });
    expect(detail).not.toHaveProperty('codeVerifier');
    expect(location.search).toBe('');
  });
});

describe('a request to the provider that fails: the cause as far as the page can tell', () => {
  const discoveryUrl = `${issuer}/.well-known/openid-configuration`;

  /** Every fetch fails as a browser's does, whatever the cause: a bare TypeError. */
  const failingFetch = (before?: () => void) =>
    vi.spyOn(window, 'fetch').mockImplementation(async () => {
      before?.();
      throw new TypeError('Failed to fetch');
    });

  /** The "Voor de beheerder" disclosure in the error. */
  const adminDetails = (el: DigiLeerIDLogin) => shadow(el).querySelector<HTMLDetailsElement>('[part="status"] details')!;
  const adminText = (el: DigiLeerIDLogin) => (adminDetails(el).textContent ?? '').replace(/\s+/g, ' ').trim();

  /** A connect-src violation as the browser reports it, for `blockedURI`. */
  const violation = (blockedURI: string, disposition: SecurityPolicyViolationEventDisposition) =>
    new SecurityPolicyViolationEvent('securitypolicyviolation', {
      blockedURI,
      violatedDirective: 'connect-src',
      effectiveDirective: 'connect-src',
      originalPolicy: "connect-src 'self'",
      disposition,
      statusCode: 200,
    });

  /** Clicks, waits for digi-leerid-error and the message on screen; checks what every case shares. */
  async function failedLogin(el: DigiLeerIDLogin) {
    const failed = next<LeerIDErrorDetail>(el, 'digi-leerid-error');
    button(el).click();
    const { detail } = await failed;
    await el.updateComplete;
    expect(statusText(el)).toContain(detail.message);
    expect(detail.url).toBe(discoveryUrl);
    const details = adminDetails(el);
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent!.trim()).toBe('Voor de beheerder');
    expect(adminText(el)).toContain(`Foutcode: ${detail.code}`);
    expect(adminText(el)).toContain(`Adres: ${discoveryUrl}`);
    expect(button(el).getAttribute('aria-disabled')).toBeNull();
    await expectAccessible(el);
    return detail;
  }

  it('offline: the one case that asks to check the internet', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    failingFetch();
    const el = await mount();
    const detail = await failedLogin(el);
    expect(detail.code).toBe('network_error');
    expect(detail.message).toBe('We kunnen LeerID nu niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');
    expect(adminText(el)).toContain('Dit toestel was offline toen het verzoek mislukte.');
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/^\[digi-leerid-login\] Login failed: network_error: https:\/\/id\.leerid\.example\/\.well-known\/openid-configuration/);
    expect(String(error.mock.calls[0]![0])).toContain('This device was offline');
  });

  it('blocked by the page’s Content-Security-Policy: the site’s settings, with the origin to add to connect-src', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    // As in a browser: the violation is reported in a task of its own, after the fetch has failed.
    failingFetch(() => setTimeout(() => document.dispatchEvent(violation(discoveryUrl, 'enforce'))));
    const el = await mount();
    const detail = await failedLogin(el);
    expect(detail.code).toBe('blocked_by_csp');
    expect(detail.message).toBe('Deze knop is niet goed ingesteld. Vraag hulp aan je leerkracht of aan de beheerder van de website.');
    expect(statusText(el)).not.toContain('internet');
    expect(adminText(el)).toContain(`Voeg ${issuer} toe aan connect-src van de Content-Security-Policy.`);
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toContain(`add ${issuer} to its connect-src`);
  });

  it('a report-only violation, or one for another origin, does not count as a block', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    failingFetch(() => {
      document.dispatchEvent(violation(discoveryUrl, 'report'));
      document.dispatchEvent(violation('https://elders.example/x', 'enforce'));
    });
    const el = await mount();
    expect((await failedLogin(el)).code).toBe('provider_unreachable');
  });

  it('online, no CSP violation: the provider does not answer or allow this site (CORS), not the pupil’s internet', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    failingFetch();
    const el = await mount();
    const detail = await failedLogin(el);
    expect(detail.code).toBe('provider_unreachable');
    expect(detail.message).toBe(
      'Aanmelden met LeerID lukt nu niet. Probeer het later opnieuw. Lukt het dan nog niet? Vraag hulp aan je leerkracht.',
    );
    expect(statusText(el)).not.toContain('internet');
    expect(adminText(el)).toContain(`${issuer} antwoordt niet of staat geen verzoeken van deze website toe (CORS).`);
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toContain(`does not allow requests from ${location.origin} (CORS)`);
  });

  it('opens "Voor de beheerder" on a click, and clears it with the next attempt', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const fetch = failingFetch();
    const el = await mount();
    await failedLogin(el);
    shadow(el).querySelector<HTMLElement>('[part="status"] summary')!.click();
    await vi.waitFor(() => expect(adminDetails(el).open).toBe(true));
    expect(adminDetails(el).querySelector('.disclosure__content')!.getBoundingClientRect().height).toBeGreaterThan(0);
    await expectAccessible(el);

    fetch.mockRestore();
    mockProvider();
    const redirect = next<LeerIDRedirectDetail>(el, 'digi-leerid-redirect');
    button(el).click();
    await redirect;
    await el.updateComplete;
    expect(shadow(el).querySelector('details')).toBeNull();
  });
});

const redirectUri = () => `${location.origin}${location.pathname}`;

/** A login under way in this tab, its answer in the URL; returns the claims the provider would sign. */
function startedLogin(): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  sessionStorage.setItem(
    transactionKey,
    JSON.stringify({
      version: 1,
      issuer,
      clientId: 'klasapp',
      redirectUri: redirectUri(),
      mode: 'redirect',
      state: 'state-123',
      nonce: 'nonce-456',
      codeVerifier: 'v'.repeat(43),
      createdAt: Date.now(),
    }),
  );
  history.replaceState(null, '', `${location.pathname}?code=the-code&state=state-123&iss=${encodeURIComponent(issuer)}`);
  return { iss: issuer, aud: 'klasapp', sub: 'lotte', nonce: 'nonce-456', iat: now, exp: now + 300, name: 'Lotte' };
}

const tokenAnswer = (idToken: string) => json({ access_token: 'at', token_type: 'Bearer', expires_in: 300, id_token: idToken });

/** Puts a button with `callback` on the page and waits for its `type` event. */
async function finish<T>(type: string): Promise<{ detail: T; el: DigiLeerIDLogin }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
  const event = next<T>(wrapper, type);
  wrapper.innerHTML = `<digi-leerid-login issuer="${issuer}" client-id="klasapp" callback></digi-leerid-login>`;
  const { detail } = await event;
  const el = wrapper.querySelector<DigiLeerIDLogin>('digi-leerid-login')!;
  await el.updateComplete;
  return { detail, el };
}
