import { describe, expect, it } from 'vitest';
import {
  isLoopbackHost,
  isSecureUrl,
  normalizeScope,
  pageRedirectUri,
  validateConfig,
  type ConfigProblem,
  type LeerIDConfigInput,
} from '../../../src/components/leerid-login/config.js';
import { describeProblem } from '../../../src/components/leerid-login/config-report.js';

const page = 'https://school.example/leren/aanmelden?klas=3a#start';
const valid: LeerIDConfigInput = {
  issuer: 'https://id.leerid.example',
  clientId: 'klasapp',
  redirectUri: 'https://school.example/leren/terug',
};

const problemsOf = (input: LeerIDConfigInput, pageUrl = page): ConfigProblem[] => {
  const result = validateConfig(input, pageUrl);
  return result.ok ? [] : [...result.problems];
};

describe('validateConfig', () => {
  it('accepts an https issuer, a client id and a redirect URI on the page origin', () => {
    expect(validateConfig(valid, page)).toEqual({
      ok: true,
      config: {
        issuer: 'https://id.leerid.example',
        clientId: 'klasapp',
        redirectUri: 'https://school.example/leren/terug',
        scope: 'openid',
        mode: 'redirect',
      },
    });
  });

  it('keeps the issuer exactly as written (discovery compares it with the provider)', () => {
    const result = validateConfig({ ...valid, issuer: ' https://id.leerid.example/realms/leerid ' }, page);
    expect(result.ok && result.config.issuer).toBe('https://id.leerid.example/realms/leerid');
  });

  it('passes prompt, login hint and mode through', () => {
    const result = validateConfig({ ...valid, prompt: 'login', loginHint: 'lotte.peeters', mode: 'code' }, page);
    expect(result.ok && result.config).toMatchObject({ prompt: 'login', loginHint: 'lotte.peeters', mode: 'code' });
  });

  it('refuses an http issuer on a public host', () => {
    expect(problemsOf({ ...valid, issuer: 'http://id.leerid.example' })).toEqual([
      { field: 'issuer', code: 'insecure', value: 'http://id.leerid.example' },
    ]);
  });

  it('accepts http issuers on loopback hosts, for local development and tests', () => {
    for (const issuer of ['http://localhost:3000', 'http://127.0.0.1:4000', 'http://[::1]:3000', 'http://id.localhost']) {
      expect(problemsOf({ ...valid, issuer }), issuer).toEqual([]);
    }
  });

  it('refuses issuers that are not absolute http(s) URLs, or have a query or fragment', () => {
    expect(problemsOf({ ...valid, issuer: 'id.leerid.example' })[0]).toMatchObject({ field: 'issuer', code: 'not-a-url' });
    expect(problemsOf({ ...valid, issuer: 'ftp://id.leerid.example' })[0]).toMatchObject({ code: 'not-a-url' });
    expect(problemsOf({ ...valid, issuer: 'javascript:alert(1)' })[0]).toMatchObject({ code: 'not-a-url' });
    expect(problemsOf({ ...valid, issuer: 'https://id.leerid.example?realm=x' })[0]).toMatchObject({ code: 'extra-parts' });
    expect(problemsOf({ ...valid, issuer: 'https://id.leerid.example#x' })[0]).toMatchObject({ code: 'extra-parts' });
    expect(problemsOf({ ...valid, issuer: 'https://id.leerid.example?' })[0]).toMatchObject({ code: 'extra-parts' });
  });

  it('requires an issuer and a client id', () => {
    expect(problemsOf({ redirectUri: valid.redirectUri })).toEqual([
      { field: 'issuer', code: 'missing', value: '' },
      { field: 'client-id', code: 'missing', value: '' },
    ]);
    expect(problemsOf({ ...valid, clientId: '   ' })).toEqual([{ field: 'client-id', code: 'missing', value: '' }]);
  });

  it('refuses a redirect URI on another origin than the page', () => {
    for (const redirectUri of [
      'https://evil.example/leren/terug',
      'https://school.example.evil.example/terug',
      'http://school.example/leren/terug',
      'https://school.example:8443/leren/terug',
    ]) {
      expect(problemsOf({ ...valid, redirectUri }), redirectUri).toEqual([
        { field: 'redirect-uri', code: 'foreign-origin', value: redirectUri },
      ]);
    }
  });

  it('refuses a redirect URI with a fragment, or one that is not a URL', () => {
    expect(problemsOf({ ...valid, redirectUri: 'https://school.example/terug#x' })[0]).toMatchObject({ code: 'extra-parts' });
    expect(problemsOf({ ...valid, redirectUri: 'javascript:alert(1)' })[0]).toMatchObject({ field: 'redirect-uri', code: 'not-a-url' });
    expect(problemsOf({ ...valid, redirectUri: 'https://[' })[0]).toMatchObject({ field: 'redirect-uri', code: 'not-a-url' });
  });

  it('resolves a relative redirect URI against the base URL, and still requires the page origin', () => {
    const resolved = (redirectUri: string, base?: string) => {
      const result = validateConfig({ ...valid, redirectUri }, page, base);
      return result.ok ? result.config.redirectUri : result.problems;
    };
    expect(resolved('/aanmelden/')).toBe('https://school.example/aanmelden/');
    expect(resolved('terug')).toBe('https://school.example/leren/terug');
    expect(resolved('terug', 'https://school.example/app/')).toBe('https://school.example/app/terug');
    expect(resolved('/terug', 'https://cdn.example/')).toEqual([
      { field: 'redirect-uri', code: 'foreign-origin', value: 'https://cdn.example/terug' },
    ]);
    expect(resolved('/terug#x')).toEqual([{ field: 'redirect-uri', code: 'extra-parts', value: '/terug#x' }]);
  });

  it('takes state, nonce and PKCE challenge from a backend, only all three and only in code mode', () => {
    const backend = { oidcState: 's'.repeat(22), oidcNonce: 'n'.repeat(43), codeChallenge: 'c'.repeat(43) };
    const result = validateConfig({ ...valid, mode: 'code', ...backend }, page);
    expect(result.ok && result.config.backend).toEqual({ state: 's'.repeat(22), nonce: 'n'.repeat(43), codeChallenge: 'c'.repeat(43) });
    expect(problemsOf({ ...valid, ...backend })).toEqual([
      { field: 'oidc-state', code: 'incomplete', value: backend.oidcState },
      { field: 'oidc-nonce', code: 'incomplete', value: backend.oidcNonce },
      { field: 'code-challenge', code: 'incomplete', value: backend.codeChallenge },
    ]);
    expect(problemsOf({ ...valid, mode: 'code', codeChallenge: backend.codeChallenge }).map((p) => p.field)).toEqual([
      'oidc-state',
      'oidc-nonce',
    ]);
    expect(problemsOf({ ...valid, mode: 'code', ...backend, oidcState: 'short', codeChallenge: 'c'.repeat(42) })).toEqual([
      { field: 'oidc-state', code: 'malformed', value: 'short' },
      { field: 'code-challenge', code: 'malformed', value: 'c'.repeat(42) },
    ]);
    const pageMade = validateConfig({ ...valid, mode: 'code' }, page);
    expect(pageMade.ok && pageMade.config.backend).toBeUndefined();
  });

  it('defaults the redirect URI to the page itself without query and fragment', () => {
    const result = validateConfig({ issuer: valid.issuer, clientId: 'klasapp' }, page);
    expect(result.ok && result.config.redirectUri).toBe('https://school.example/leren/aanmelden');
  });

  it('refuses a page on plain http outside loopback, since its redirect URI is not secure', () => {
    expect(problemsOf({ issuer: valid.issuer, clientId: 'klasapp' }, 'http://school.example/login')).toEqual([
      { field: 'redirect-uri', code: 'insecure', value: 'http://school.example/login' },
    ]);
    expect(problemsOf({ issuer: valid.issuer, clientId: 'klasapp' }, 'http://127.0.0.1:8080/login')).toEqual([]);
  });

  it('refuses unknown prompt and mode values', () => {
    expect(problemsOf({ ...valid, prompt: 'always', mode: 'popup' })).toEqual([
      { field: 'prompt', code: 'not-allowed', value: 'always' },
      { field: 'mode', code: 'not-allowed', value: 'popup' },
    ]);
  });

  it('names every problem at once', () => {
    expect(problemsOf({ issuer: 'http://idp.example', redirectUri: 'https://evil.example/cb' }).map((p) => p.field)).toEqual([
      'issuer',
      'client-id',
      'redirect-uri',
    ]);
  });
});

describe('helpers', () => {
  it('knows the loopback hosts', () => {
    expect(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.255.0.9', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['localhost.example', '127.0.0.1.example', '128.0.0.1', '127.0.0.256', '10.0.0.1', 'example.org'].some(isLoopbackHost)).toBe(false);
  });

  it('treats https and loopback http as secure', () => {
    expect(isSecureUrl(new URL('https://a.example'))).toBe(true);
    expect(isSecureUrl(new URL('http://localhost:1'))).toBe(true);
    expect(isSecureUrl(new URL('http://a.example'))).toBe(false);
    expect(isSecureUrl(new URL('ws://localhost'))).toBe(false);
  });

  it('always puts openid first, once, and keeps the other scopes in order', () => {
    expect(normalizeScope(null)).toBe('openid');
    expect(normalizeScope('  profile openid email profile ')).toBe('openid profile email');
  });

  it('derives the default redirect URI', () => {
    expect(pageRedirectUri('https://a.example/x/y?q=1#f')).toBe('https://a.example/x/y');
  });
});

describe('describeProblem (console)', () => {
  it('names the attribute and its value', () => {
    expect(describeProblem({ field: 'issuer', code: 'insecure', value: 'http://x.example' })).toBe(
      'issuer="http://x.example" must use https (plain http is allowed only for localhost and 127.0.0.1).',
    );
    expect(describeProblem({ field: 'client-id', code: 'missing', value: '' })).toBe('client-id is required.');
    expect(describeProblem({ field: 'mode', code: 'not-allowed', value: 'popup' })).toContain('redirect, code');
    expect(describeProblem({ field: 'redirect-uri', code: 'foreign-origin', value: 'https://e.example' })).toContain(
      "this page's origin",
    );
  });
});
