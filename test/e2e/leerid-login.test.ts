/**
 * `<digi-leerid-login>` end to end: a real Chromium, a real OpenID provider
 * (oidc-provider, started here on 127.0.0.1 with a test client and pupil)
 * and a school page with a strict CSP on another origin. Every login goes
 * through the provider's own login and consent pages and comes back.
 *
 * Tampering is refused, each case on its own: a forged state (login CSRF),
 * a replayed code, an ID token with another nonce, audience or issuer (signed
 * with the provider's real key, so only the claim checks can catch it), and
 * the provider's own refusal and absence. ID tokens signed with a foreign
 * key, `alg: none` or HS256 are refused by the signature check against the
 * provider's JWKS; a stranger's answer (no state, another client's button,
 * another tab) never destroys the login in progress.
 */
import { createHash, createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp, type TestPage } from './leerid-app.js';
import { backendClient, closedPort, startProvider, testUser, type TestProvider } from './leerid-provider.js';
import { launchChromium, newPage, waitForRendered, type PageLog } from './support.js';

interface RecordedEvent {
  readonly type: string;
  readonly detail: Record<string, unknown>;
}

const transactionKey = 'digi-leerid-login:transaction';

let browser: Browser;
let app: TestApp;
let provider: TestProvider;
let tokenEndpoint: string;

beforeAll(async () => {
  app = await startApp();
  provider = await startProvider({ redirectUris: [`${app.origin}/login/`, `${app.origin}/backend/`] });
  const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
  tokenEndpoint = discovery['token_endpoint']!;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await provider?.close();
  await app?.close();
});

/** The button's attributes for the test client, plus `extra`. */
const settings = (extra: Record<string, string | true> = {}): Record<string, string | true> => ({
  issuer: provider.issuer,
  'client-id': provider.clientId,
  scope: 'openid profile',
  callback: true,
  ...extra,
});

/** Opens a page with the button; requests off this machine are refused (and would fail the test). */
async function openButtonPage(path: string, page: Omit<TestPage, 'connect'> & { connect?: string[] }) {
  app.setPage(path, { connect: [provider.issuer], ...page });
  const opened = await newPage(browser);
  await opened.page.context().route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient'),
  );
  await opened.page.goto(`${app.origin}${path}`);
  await waitForRendered(opened.page, 'digi-leerid-login');
  return opened;
}

const loginButton = (page: Page) => page.getByRole('button', { name: 'Aanmelden met LeerID' });
const statusText = async (page: Page) => ((await page.locator('digi-leerid-login [part="status"]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
const events = (page: Page) => page.evaluate(() => window.__leeridEvents) as Promise<RecordedEvent[]>;

async function waitForEvent(page: Page, type: string, timeout = 20_000): Promise<RecordedEvent> {
  await page.waitForFunction((name) => window.__leeridEvents?.some((event) => event.type === name), type, { timeout });
  return (await events(page)).find((event) => event.type === type)!;
}

/** Signs the test pupil in at the provider, then allows (or refuses) the consent. */
async function signInAtProvider(page: Page, consent: 'Toestaan' | 'Weigeren' = 'Toestaan'): Promise<void> {
  await page.waitForURL(`${provider.issuer}/interaction/**`);
  await page.getByLabel('Gebruikersnaam').fill(testUser.login);
  await page.getByLabel('Wachtwoord').fill(testUser.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.getByRole('heading', { name: 'Toestemming' }).waitFor();
  await page.getByRole('button', { name: consent }).click();
}

/** The requests that went to the provider's token endpoint (the code exchange). */
const tokenRequests = (log: PageLog) => log.requests.filter((url) => url === tokenEndpoint);

/** Every request of the page stayed on this machine (the school site and the provider). */
function expectOnlyLocalRequests(log: PageLog): void {
  expect(log.requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
}

/** The ID token's claims, unverified: for rewriting one claim in a test. */
const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

/**
 * Replaces the ID token in the token endpoint's real answer by one with
 * `change` applied to its claims, signed with the provider's own key (or by
 * `signToken`, which gets the real token's header and the changed claims).
 */
async function forgeIdToken(
  page: Page,
  change: (claims: Record<string, unknown>) => Record<string, unknown>,
  signToken = (_header: Record<string, unknown>, claims: Record<string, unknown>) => provider.signIdToken(claims),
): Promise<void> {
  await page.route(tokenEndpoint, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as Record<string, unknown>;
    const idToken = String(body['id_token']);
    const header = JSON.parse(Buffer.from(idToken.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;
    body['id_token'] = signToken(header, change(claimsOf(idToken)));
    return route.fulfill({ response, json: body });
  });
}

/** Serves the provider's real discovery document with `change` applied (or `answer` instead). */
async function changeDiscovery(page: Page, change: (document: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  await page.route(`${provider.issuer}/.well-known/openid-configuration`, async (route) => {
    const response = await route.fetch();
    return route.fulfill({ response, json: change((await response.json()) as Record<string, unknown>) });
  });
}

const jwt = (header: Record<string, unknown>, claims: Record<string, unknown>) =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;

/** The login prepared in this tab, without leaving: its authorization URL and stored state. */
async function preparedLogin(page: Page): Promise<{ url: string; state: string }> {
  await loginButton(page).click();
  const redirect = await waitForEvent(page, 'digi-leerid-redirect');
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), transactionKey);
  return { url: String(redirect.detail['url']), state: String((JSON.parse(stored!) as { state: string }).state) };
}

/** A real answer of the provider, caught on a page that does not finish logins (in its own, closed, tab). */
async function strangersAnswer(): Promise<string> {
  const { callback: _, ...noCallback } = settings();
  const other = await openButtonPage('/login/', { attributes: noCallback });
  await loginButton(other.page).click();
  await signInAtProvider(other.page);
  await other.page.waitForURL((url) => url.origin === app.origin && url.searchParams.has('code'));
  const answer = other.page.url();
  await other.page.context().close();
  app.setPage('/login/', { attributes: settings(), connect: [provider.issuer] });
  return answer;
}

/** After a failed login: one error event with `code`, the message under the button, and a button ready to try again. */
async function expectFailure(page: Page, code: string, message: RegExp, { pendingLoginKept = false } = {}): Promise<void> {
  const failure = await waitForEvent(page, 'digi-leerid-error');
  expect(failure.detail['code']).toBe(code);
  expect(String(failure.detail['message'])).toMatch(message);
  expect(await statusText(page)).toMatch(message);
  expect(await statusText(page)).toContain('Aanmelden lukte niet.');
  const types = (await events(page)).map((event) => event.type);
  expect(types).not.toContain('digi-leerid-login');
  expect(types).not.toContain('digi-leerid-code');
  await expect.poll(() => loginButton(page).getAttribute('aria-disabled')).toBeNull();
  expect(await loginButton(page).isEnabled()).toBe(true);
  const stored = await page.evaluate((key) => sessionStorage.getItem(key), transactionKey);
  if (pendingLoginKept) expect(stored).not.toBeNull();
  else expect(stored).toBeNull();
}

describe('login with mode="redirect" (public client)', () => {
  it('click, provider login, consent, back: the validated claims arrive in digi-leerid-login', async () => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings() });
    const authorizationRequests: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === provider.issuer && url.pathname === '/auth') authorizationRequests.push(url);
    });
    // Nothing of the protocol code before the click.
    expect(log.requests.filter((url) => url.includes('protocol'))).toEqual([]);

    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL(`${app.origin}/login/**`);
    const login = await waitForEvent(page, 'digi-leerid-login');

    const request = authorizationRequests[0]!.searchParams;
    expect(Object.fromEntries(request)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: `${app.origin}/login/`,
      response_type: 'code',
      scope: 'openid profile',
      code_challenge_method: 'S256',
      ui_locales: 'nl-BE nl',
    });
    expect(request.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(request.get('state')).toMatch(/^[\w-]{43}$/);
    expect(request.get('nonce')).toMatch(/^[\w-]{43}$/);

    const claims = login.detail['claims'] as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: provider.issuer,
      aud: provider.clientId,
      sub: testUser.login,
      nonce: request.get('nonce'),
      ...testUser.claims,
    });
    expect(login.detail['idToken']).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(login.detail['accessToken']).toEqual(expect.any(String));
    expect(tokenRequests(log)).toHaveLength(1);

    // The code is gone from the address bar, the transaction from storage; no token was stored anywhere.
    expect(new URL(page.url()).search).toBe('');
    const stored = await page.evaluate(() => ({
      session: Object.entries(sessionStorage),
      local: Object.entries(localStorage),
      cookies: document.cookie,
    }));
    expect(stored).toEqual({ session: [], local: [], cookies: '' });
    expect(await statusText(page)).toBe('Je bent aangemeld.');
    expect(await loginButton(page).getAttribute('aria-disabled')).toBeNull();
    expect(await log.violations()).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expectOnlyLocalRequests(log);
    await page.context().close();
  });
});

describe('login with mode="code" (confidential client)', () => {
  it('hands code and verifier to the page in digi-leerid-code, never exchanges them, and the backend can', async () => {
    const { page, log } = await openButtonPage('/backend/', { attributes: settings({ mode: 'code' }) });
    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL(`${app.origin}/backend/**`);
    const handed = (await waitForEvent(page, 'digi-leerid-code')).detail;

    expect(handed).toMatchObject({
      type: 'code',
      redirectUri: `${app.origin}/backend/`,
      issuer: provider.issuer,
      clientId: provider.clientId,
    });
    expect(handed['code']).toEqual(expect.any(String));
    expect(handed['codeVerifier']).toMatch(/^[\w-]{43}$/);
    // The browser never went to the token endpoint; nothing but the code left the widget.
    expect(tokenRequests(log)).toEqual([]);
    expect((await events(page)).map((event) => event.type)).toEqual(['digi-leerid-code']);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);

    // The site's backend exchanges the code with the verifier: the provider accepts both.
    const response = await fetch(tokenEndpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: provider.clientId,
        code: String(handed['code']),
        redirect_uri: String(handed['redirectUri']),
        code_verifier: String(handed['codeVerifier']),
      }),
    });
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { id_token: string };
    expect(claimsOf(tokens.id_token)).toMatchObject({ sub: testUser.login, aud: provider.clientId, nonce: handed['nonce'] });
    expectOnlyLocalRequests(log);
    await page.context().close();
  });
});

describe('tampering is refused', () => {
  it('wrong state: an answer from someone else’s login (login CSRF) is not accepted', async () => {
    // The attacker logs in with their own account on a page that does not finish logins, and keeps the answer.
    const { callback: _, ...noCallback } = settings();
    const attacker = await openButtonPage('/login/', { attributes: noCallback });
    await loginButton(attacker.page).click();
    await signInAtProvider(attacker.page);
    await attacker.page.waitForURL((url) => url.origin === app.origin && url.searchParams.has('code'));
    const forgedAnswer = attacker.page.url();
    await attacker.page.context().close();

    // The victim has a login of their own under way, and is sent to the attacker's answer.
    const { page, log } = await openButtonPage('/login/', { attributes: settings() });
    await loginButton(page).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.goto(forgedAnswer);

    // The victim's own login is still there for the provider's real answer.
    await expectFailure(page, 'state_mismatch', /iets niet klopte/, { pendingLoginKept: true });
    expect(tokenRequests(log)).toEqual([]);
    await page.context().close();
  });

  it('replayed code: neither the widget nor the provider accepts an answer twice', async () => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    await loginButton(page).click();
    const redirect = await waitForEvent(page, 'digi-leerid-redirect');
    const transaction = await page.evaluate((key) => sessionStorage.getItem(key), transactionKey);
    expect(transaction).not.toBeNull();
    const answer = page.waitForRequest((request) => new URL(request.url()).searchParams.has('code'));
    await page.goto(String(redirect.detail['url']));
    await signInAtProvider(page);
    const answerUrl = (await answer).url();
    await waitForEvent(page, 'digi-leerid-login');
    expect(tokenRequests(log)).toHaveLength(1);

    // The same answer again: this tab has no login under way any more.
    await page.goto(answerUrl);
    await expectFailure(page, 'no_transaction', /duurde te lang of was al klaar/);
    expect(tokenRequests(log)).toHaveLength(1);

    // Even with the transaction put back, the provider refuses the used code.
    await page.evaluate(([key, value]) => sessionStorage.setItem(key!, value!), [transactionKey, transaction]);
    await page.goto(answerUrl);
    await expectFailure(page, 'invalid_grant', /duurde te lang of was al klaar/);
    expect(tokenRequests(log)).toHaveLength(2);
    await page.context().close();
  });

  it('wrong nonce: an ID token from another login is refused', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await forgeIdToken(page, (claims) => ({ ...claims, nonce: 'nonce-of-another-login-0000000000000000000' }));
    await loginButton(page).click();
    await signInAtProvider(page);
    await expectFailure(page, 'nonce_mismatch', /iets niet klopte/);
    await page.context().close();
  });

  it('an ID token for another audience (another application) is refused', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await forgeIdToken(page, (claims) => ({ ...claims, aud: 'another-application' }));
    await loginButton(page).click();
    await signInAtProvider(page);
    await expectFailure(page, 'audience_mismatch', /iets niet klopte/);
    await page.context().close();
  });

  it('issuer mismatch: an ID token from another issuer is refused', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await forgeIdToken(page, (claims) => ({ ...claims, iss: 'https://id.another-provider.example' }));
    await loginButton(page).click();
    await signInAtProvider(page);
    await expectFailure(page, 'issuer_mismatch', /iets niet klopte/);
    await page.context().close();
  });

  it('issuer mismatch: an answer that names another issuer (mix-up) is refused before any exchange', async () => {
    // The answer lands on a page that does not finish logins; it comes back with another issuer named.
    const { callback: _, ...noCallback } = settings();
    const { page, log } = await openButtonPage('/login/', { attributes: noCallback });
    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL((url) => url.origin === app.origin && url.searchParams.get('iss') === provider.issuer);
    const mixedUp = new URL(page.url());
    mixedUp.searchParams.set('iss', 'https://id.another-provider.example');
    app.setPage('/login/', { attributes: settings(), connect: [provider.issuer] });
    await page.goto(mixedUp.href);
    await expectFailure(page, 'issuer_mismatch', /iets niet klopte/);
    expect(tokenRequests(log)).toEqual([]);
    await page.context().close();
  });

  it('access_denied: refusing at the provider brings a plain message, and the button works again', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await loginButton(page).click();
    await signInAtProvider(page, 'Weigeren');
    await page.waitForURL(`${app.origin}/login/**`);
    await expectFailure(page, 'access_denied', /Je hebt het aanmelden gestopt/);
    expect(new URL(page.url()).search).toBe('');

    // Trying again goes back to the provider.
    await loginButton(page).click();
    await page.waitForURL(`${provider.issuer}/interaction/**`);
    await page.context().close();
  });

  it('provider unreachable: a plain message, and the page stays', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    const { page, log } = await openButtonPage('/login/', {
      attributes: settings({ issuer: unreachable }),
      connect: [unreachable],
    });
    await loginButton(page).click();
    // Online and allowed by the CSP, and still no answer: not the pupil's internet.
    await expectFailure(page, 'provider_unreachable', /Aanmelden met LeerID lukt nu niet/);
    expect(page.url()).toBe(`${app.origin}/login/`);
    expect(log.requests.filter((url) => url.startsWith(unreachable))).toEqual([
      `${unreachable}/.well-known/openid-configuration`,
    ]);
    await page.context().close();
  });
});

describe('mode="code" as a backend-for-frontend (confidential client)', () => {
  it('uses the backend’s state, nonce and PKCE challenge: the page never holds a verifier, and only the backend can redeem the code', async () => {
    // What the backend makes and keeps in its session.
    const verifier = randomBytes(32).toString('base64url');
    const backend = {
      state: randomBytes(32).toString('base64url'),
      nonce: randomBytes(32).toString('base64url'),
      challenge: createHash('sha256').update(verifier).digest('base64url'),
    };
    const attributes = settings({
      mode: 'code',
      'client-id': backendClient.id,
      'oidc-state': backend.state,
      'oidc-nonce': backend.nonce,
      'code-challenge': backend.challenge,
    });
    const { page, log } = await openButtonPage('/backend/', { attributes });
    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL(`${app.origin}/backend/**`);
    const handed = (await waitForEvent(page, 'digi-leerid-code')).detail;
    expect(handed).toMatchObject({ type: 'code', state: backend.state, nonce: backend.nonce, clientId: backendClient.id });
    expect(handed).not.toHaveProperty('codeVerifier');
    expect(tokenRequests(log)).toEqual([]);

    // Any script on the page has the code, but neither the client secret nor the verifier.
    const redeem = (extra: Record<string, string>, headers: Record<string, string> = {}) =>
      fetch(tokenEndpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: String(handed['code']),
          redirect_uri: String(handed['redirectUri']),
          ...extra,
        }),
      });
    expect((await redeem({ client_id: backendClient.id })).status).toBe(401);

    // The backend, with its secret and its verifier, can.
    const basic = `Basic ${Buffer.from(`${backendClient.id}:${backendClient.secret}`).toString('base64')}`;
    const response = await redeem({ code_verifier: verifier }, { Authorization: basic });
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { id_token: string };
    expect(claimsOf(tokens.id_token)).toMatchObject({ sub: testUser.login, aud: backendClient.id, nonce: backend.nonce });
    expectOnlyLocalRequests(log);
    await page.context().close();
  });
});

describe('ID token signatures are checked against the provider’s JWKS', () => {
  /** The provider announces every algorithm: only the widget's own signature check stands in the way. */
  const announceAll = (page: Page) =>
    changeDiscovery(page, (document) => ({ ...document, id_token_signing_alg_values_supported: ['RS256', 'HS256', 'none'] }));

  const cases: [string, (header: Record<string, unknown>, claims: Record<string, unknown>) => string][] = [
    [
      'signed with a foreign key under the provider’s key id',
      (header, claims) => {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const input = jwt(header, claims);
        return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
      },
    ],
    ['with alg "none"', (_header, claims) => `${jwt({ alg: 'none', typ: 'JWT' }, claims)}.`],
    [
      'with alg "HS256", keyed with the (public) client id',
      (_header, claims) => {
        const input = jwt({ alg: 'HS256', typ: 'JWT' }, claims);
        return `${input}.${createHmac('sha256', provider.clientId).update(input).digest('base64url')}`;
      },
    ],
  ];

  it.each(cases)('an ID token %s, with every claim right, is refused', async (_name, signToken) => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await announceAll(page);
    await forgeIdToken(page, (claims) => claims, signToken);
    await loginButton(page).click();
    await signInAtProvider(page);
    await expectFailure(page, 'id_token_invalid', /iets niet klopte/);
    await page.context().close();
  });
});

describe('a discovery document that cannot be trusted stops the login before the provider', () => {
  const cases: [string, (document: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ['names another issuer', (document) => ({ ...document, issuer: 'https://login.leerid.example' }), 'issuer_mismatch'],
    ['lacks S256', (document) => ({ ...document, code_challenge_methods_supported: ['plain'] }), 'discovery_failed'],
    [
      'lists no PKCE methods at all',
      ({ code_challenge_methods_supported: _, ...document }) => document,
      'discovery_failed',
    ],
    [
      'gives an http authorization_endpoint',
      (document) => ({ ...document, authorization_endpoint: 'http://login.leerid.example/auth' }),
      'discovery_failed',
    ],
  ];

  it.each(cases)('one that %s', async (_name, change, code) => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings() });
    await changeDiscovery(page, change);
    await loginButton(page).click();
    await expectFailure(page, code, code === 'issuer_mismatch' ? /iets niet klopte/ : /niet goed ingesteld/);
    expect(page.url()).toBe(`${app.origin}/login/`);
    expect(log.requests.filter((url) => url.includes('/auth'))).toEqual([]);
    await page.context().close();
  });

  it('one that answers with a redirect (3xx)', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    await page.route(`${provider.issuer}/.well-known/openid-configuration`, (route) =>
      route.fulfill({ status: 302, headers: { Location: `${provider.issuer}/elders/.well-known/openid-configuration` } }),
    );
    await loginButton(page).click();
    await expectFailure(page, 'discovery_failed', /niet goed ingesteld/);
    expect(page.url()).toBe(`${app.origin}/login/`);
    await page.context().close();
  });
});

describe('a stranger’s answer does not destroy the login in progress', () => {
  it('a stateless ?error= link is ignored, and the real answer still succeeds', async () => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    const prepared = await preparedLogin(page);
    const before = log.requests.length;
    await page.goto(`${app.origin}/login/?error=access_denied&error_description=${encodeURIComponent('Nee')}`);
    await waitForRendered(page, 'digi-leerid-login');
    await page.waitForTimeout(500);
    expect(await events(page)).toEqual([]);
    expect(await statusText(page)).toBe('');
    // Nothing was loaded or asked for this answer.
    expect(log.requests.slice(before).filter((url) => url.includes('protocol') || url.startsWith(provider.issuer))).toEqual([]);

    await page.goto(prepared.url);
    await signInAtProvider(page);
    const login = await waitForEvent(page, 'digi-leerid-login');
    expect(login.detail['claims']).toMatchObject({ sub: testUser.login });
    await page.context().close();
  });

  it('a second callback button of another client on the redirect page leaves the answer to its own button', async () => {
    const other = { ...settings(), 'client-id': 'andere-app' };
    // The other client's button comes first, so it sees the answer first.
    const { page } = await openButtonPage('/login/', { attributes: other, otherButtons: [settings()] });
    const ownButton = page.locator('digi-leerid-login').nth(1).getByRole('button');
    await ownButton.click();
    await signInAtProvider(page);
    const login = await waitForEvent(page, 'digi-leerid-login');
    expect(login.detail['claims']).toMatchObject({ sub: testUser.login, aud: provider.clientId });
    await page.waitForTimeout(300);
    // (The redirect event was on the page before the provider.)
    expect((await events(page)).map((event) => event.type)).toEqual(['digi-leerid-login']);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), transactionKey)).toBeNull();
    await page.context().close();
  });

  it.each([
    ['state', 'een-andere-state-0000000000000000000000000'],
    ['code', 'een-andere-code'],
  ])('an answer with a duplicate %s parameter is refused before the login in progress is used', async (name, value) => {
    const answer = await strangersAnswer();
    const { page, log } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    const prepared = await preparedLogin(page);
    // The real answer to this tab's login, with a second value appended.
    const duplicated = new URL(answer);
    duplicated.searchParams.set('state', prepared.state);
    duplicated.searchParams.append(name, value);
    await page.goto(duplicated.href);
    await expectFailure(page, 'invalid_response', /iets niet klopte/, { pendingLoginKept: true });
    expect(tokenRequests(log)).toEqual([]);
    await page.context().close();
  });

  it('an answer in a second tab finds no login there, and the first tab’s stays', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    const prepared = await preparedLogin(page);
    const second = await page.context().newPage();
    await second.goto(prepared.url);
    await signInAtProvider(second);
    await second.waitForURL(`${app.origin}/login/**`);
    await expectFailure(second, 'no_transaction', /duurde te lang of was al klaar/);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), transactionKey)).not.toBeNull();
    await page.context().close();
  });

  it('a login older than 30 minutes has to start again', async () => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    const prepared = await preparedLogin(page);
    await page.evaluate((key) => {
      const transaction = JSON.parse(sessionStorage.getItem(key)!) as { createdAt: number };
      sessionStorage.setItem(key, JSON.stringify({ ...transaction, createdAt: Date.now() - 31 * 60 * 1000 }));
    }, transactionKey);
    await page.goto(prepared.url);
    await signInAtProvider(page);
    await expectFailure(page, 'no_transaction', /duurde te lang of was al klaar/);
    expect(tokenRequests(log)).toEqual([]);
    await page.context().close();
  });
});

describe('the provider’s answers and absences', () => {
  it('prompt=none without a session at the provider: login_required, in plain words', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings({ prompt: 'none' }) });
    await loginButton(page).click();
    await page.waitForURL(`${app.origin}/login/**`);
    await expectFailure(page, 'login_required', /Je bent nog niet aangemeld bij LeerID/);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('a hanging token endpoint times out after 15 s with a plain message, and the button works again', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    // The request is held and never answered.
    await page.route(tokenEndpoint, () => undefined);
    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL(`${app.origin}/login/**`);
    const started = Date.now();
    await waitForEvent(page, 'digi-leerid-error', 25_000);
    expect(Date.now() - started).toBeGreaterThan(10_000);
    await expectFailure(page, 'timeout', /LeerID werkt even niet/);
    // Trying again (the provider remembers the pupil) signs in.
    await page.unroute(tokenEndpoint);
    await loginButton(page).click();
    await waitForEvent(page, 'digi-leerid-login');
    await page.context().close();
  }, 60_000);

  it('a protocol chunk that fails to load: the answer still leaves the address bar, and a plain message', async () => {
    const answer = await strangersAnswer();
    const { page } = await openButtonPage('/empty/', { attributes: settings() });
    await page.context().route(/\/assets\/protocol[^/]*\.js$/, (route) => route.abort('failed'));
    await page.goto(answer);
    await expectFailure(page, 'network_error', /We kunnen LeerID nu niet bereiken/);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('an error_description holding HTML is shown only as text, never as markup', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings(), hold: true });
    const prepared = await preparedLogin(page);
    const markup = '<img src="x" onerror="window.__pwned = true"><b>vet</b>';
    const answer = new URL(`${app.origin}/login/`);
    answer.search = new URLSearchParams({ error: 'access_denied', error_description: markup, state: prepared.state, iss: provider.issuer }).toString();
    await page.goto(answer.href);
    await expectFailure(page, 'access_denied', /Je hebt het aanmelden gestopt/);
    expect((await waitForEvent(page, 'digi-leerid-error')).detail['description']).toBe(markup);
    const rendered = await page.evaluate(() => {
      const shadow = document.querySelector('digi-leerid-login')!.shadowRoot!;
      return { elements: shadow.querySelectorAll('img, b').length + document.querySelectorAll('img, b').length, pwned: 'pwned' in window };
    });
    expect(rendered).toEqual({ elements: 0, pwned: false });
    await page.context().close();
  });

  it('no request from the redirect page carries the code in its Referer', async () => {
    const { page } = await openButtonPage('/login/', { attributes: settings() });
    const referers: string[] = [];
    page.on('request', (request) => {
      const referer = request.headers()['referer'];
      if (referer) referers.push(referer);
    });
    await loginButton(page).click();
    await signInAtProvider(page);
    await page.waitForURL(`${app.origin}/login/**`);
    await waitForEvent(page, 'digi-leerid-login');
    expect(referers.filter((referer) => /[?&]code=/.test(referer))).toEqual([]);
    await page.context().close();
  });
});

describe('insecure or incomplete settings are refused with a clear message', () => {
  const cases: [string, Record<string, string | true>, string, RegExp][] = [
    ['an http issuer', { issuer: 'http://id.leerid.example' }, 'issuer', /issuer moet met https:\/\/ beginnen/],
    [
      'a redirect URI on another site',
      { 'redirect-uri': 'https://evil.example/login/' },
      'redirect-uri',
      /redirect-uri moet op dezelfde website staan/,
    ],
    ['a missing client id', { 'client-id': '' }, 'client-id', /Het attribuut client-id ontbreekt/],
  ];

  it.each(cases)('%s', async (_name, attributes, field, text) => {
    const { page, log } = await openButtonPage('/login/', { attributes: settings(attributes) });
    await expect.poll(() => statusText(page)).toMatch(text);
    expect(await statusText(page)).toContain('Deze knop is niet goed ingesteld');
    expect(await loginButton(page).isDisabled()).toBe(true);
    expect(log.consoleErrors.join('\n')).toContain(`[digi-leerid-login]`);
    expect(log.consoleErrors.join('\n')).toContain(`${field}`);
    // Nothing was asked of any provider.
    expect(log.requests.filter((url) => !url.startsWith(app.origin))).toEqual([]);
    await page.context().close();
  });
});

describe('in a page', () => {
  it('never submits the form it stands in, and takes focus from outside', async () => {
    const { page } = await openButtonPage('/form/', { attributes: settings(), inForm: true, hold: true });
    await page.evaluate(() => document.querySelector('digi-leerid-login')!.focus());
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName)).toBe('button');
    await page.keyboard.press('Enter');
    await waitForEvent(page, 'digi-leerid-redirect');
    expect(new URL(page.url()).pathname).toBe('/form/');
    await page.context().close();
  });
});
