/**
 * The login button's configuration from its attributes, checked before any
 * protocol code loads. Pure: no DOM; the page URL comes in as an argument.
 *
 * The rules keep a misconfigured button from ever starting an insecure login:
 * - `issuer`: an absolute https URL without query or fragment (OpenID Connect
 *   Discovery 1.0, section 2); plain http only on a loopback host, for tests
 *   and local development against a provider on this machine.
 * - `redirect-uri`: resolved against the document's base URL like every
 *   HTML URL attribute, then on the page's own origin (the transaction lives
 *   in this origin's sessionStorage, and the code must come back here), https
 *   unless loopback, no fragment (RFC 6749, section 3.1.2). Defaults to the
 *   page itself without its query and fragment.
 * - `client-id`: required.
 * - `scope` always includes `openid`; `prompt` is one of OpenID Connect's values.
 * - `oidc-state`, `oidc-nonce`, `code-challenge` (`mode="code"` only, all
 *   three or none): the backend's own values for a backend-for-frontend, so
 *   the PKCE verifier never exists in the page.
 */
export const loginModes = ['redirect', 'code'] as const;
export type LoginMode = (typeof loginModes)[number];

/** The `prompt` values of OpenID Connect Core 1.0, section 3.1.2.1. */
export const promptValues = ['none', 'login', 'consent', 'select_account'] as const;
export type Prompt = (typeof promptValues)[number];

/** The attributes as the element reads them (null when absent). */
export interface LeerIDConfigInput {
  readonly issuer?: string | null;
  readonly clientId?: string | null;
  readonly redirectUri?: string | null;
  readonly scope?: string | null;
  readonly prompt?: string | null;
  readonly loginHint?: string | null;
  readonly mode?: string | null;
  readonly oidcState?: string | null;
  readonly oidcNonce?: string | null;
  readonly codeChallenge?: string | null;
}

/**
 * `state`, `nonce` and the S256 PKCE challenge made by the site's backend
 * (backend-for-frontend): the backend keeps the verifier and redeems the code.
 */
export interface BackendValues {
  readonly state: string;
  readonly nonce: string;
  readonly codeChallenge: string;
}

/** A configuration that passed every check. */
export interface LeerIDConfig {
  /** The issuer exactly as configured: discovery compares it with the provider's own. */
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** Space-separated, always with `openid` first. */
  readonly scope: string;
  readonly prompt?: Prompt;
  readonly loginHint?: string;
  readonly mode: LoginMode;
  /** `mode="code"` with the backend's own values; absent when the page makes them. */
  readonly backend?: BackendValues;
}

/** The attribute a problem is about, as a web team writes it in HTML. */
export type ConfigField =
  | 'issuer'
  | 'client-id'
  | 'redirect-uri'
  | 'prompt'
  | 'mode'
  | 'oidc-state'
  | 'oidc-nonce'
  | 'code-challenge';

export type ConfigProblemCode =
  /** Required and empty or absent. */
  | 'missing'
  /** Not an absolute URL. */
  | 'not-a-url'
  /** http (or another scheme) on a host that is not loopback. */
  | 'insecure'
  /** An issuer with `?` or `#`, or a redirect URI with `#`. */
  | 'extra-parts'
  /** A redirect URI on another origin than the page. */
  | 'foreign-origin'
  /** Not one of the allowed values (`prompt`, `mode`). */
  | 'not-allowed'
  /** A backend value that is not a random base64url string of the right length. */
  | 'malformed'
  /** A backend value without the other two, or with `mode` other than `code`. */
  | 'incomplete';

export interface ConfigProblem {
  readonly field: ConfigField;
  readonly code: ConfigProblemCode;
  /** The value as given, for the console message. */
  readonly value: string;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: LeerIDConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** `localhost`, `*.localhost`, `127.0.0.0/8` or `[::1]`: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host)
  );
}

/** https anywhere; http only on a loopback host. */
export function isSecureUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The page URL without query and fragment: the default redirect URI. */
export function pageRedirectUri(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}

/** `openid` first, then the other scopes once each, in their order. */
export function normalizeScope(scope: string | null | undefined): string {
  const scopes = (scope ?? '').split(/\s+/).filter((item) => item !== '' && item !== 'openid');
  return ['openid', ...new Set(scopes)].join(' ');
}

const trimmed = (value: string | null | undefined): string => (value ?? '').trim();

/** At least 128 bits of base64url (RFC 7636's verifier alphabet), as `state` and `nonce` from a backend must be. */
const randomValue = /^[A-Za-z0-9._~-]{22,256}$/;
/** BASE64URL(SHA-256(verifier)): 43 characters (RFC 7636, section 4.2). */
const s256Challenge = /^[A-Za-z0-9_-]{43}$/;

/**
 * Checks the attributes. A relative `redirect-uri` is resolved against
 * `baseUrl` (the document's base URL; the page URL by default).
 */
export function validateConfig(input: LeerIDConfigInput, pageUrl: string, baseUrl: string = pageUrl): ConfigResult {
  const problems: ConfigProblem[] = [];
  const page = new URL(pageUrl);

  const issuer = trimmed(input.issuer);
  const issuerUrl = parseUrl(issuer);
  if (!issuer) problems.push({ field: 'issuer', code: 'missing', value: issuer });
  else if (!issuerUrl || !/^https?:$/.test(issuerUrl.protocol)) problems.push({ field: 'issuer', code: 'not-a-url', value: issuer });
  else if (!isSecureUrl(issuerUrl)) problems.push({ field: 'issuer', code: 'insecure', value: issuer });
  else if (issuerUrl.search || issuerUrl.hash || /[?#]/.test(issuer)) {
    problems.push({ field: 'issuer', code: 'extra-parts', value: issuer });
  }

  const clientId = trimmed(input.clientId);
  if (!clientId) problems.push({ field: 'client-id', code: 'missing', value: clientId });

  const givenRedirectUri = trimmed(input.redirectUri);
  const redirectUrl = givenRedirectUri ? parseUrl(givenRedirectUri, baseUrl) : parseUrl(pageRedirectUri(pageUrl));
  // An absolute value stays exactly as written: the provider compares it with the registered one character by character.
  const redirectUri = givenRedirectUri && parseUrl(givenRedirectUri) ? givenRedirectUri : (redirectUrl?.href ?? givenRedirectUri);
  if (!redirectUrl || !/^https?:$/.test(redirectUrl.protocol)) {
    problems.push({ field: 'redirect-uri', code: 'not-a-url', value: givenRedirectUri });
  } else if (redirectUrl.origin !== page.origin) {
    problems.push({ field: 'redirect-uri', code: 'foreign-origin', value: redirectUri });
  } else if (!isSecureUrl(redirectUrl)) {
    problems.push({ field: 'redirect-uri', code: 'insecure', value: redirectUri });
  } else if (givenRedirectUri.includes('#')) {
    problems.push({ field: 'redirect-uri', code: 'extra-parts', value: givenRedirectUri });
  }

  const prompt = trimmed(input.prompt);
  if (prompt && !(promptValues as readonly string[]).includes(prompt)) {
    problems.push({ field: 'prompt', code: 'not-allowed', value: prompt });
  }

  const mode = trimmed(input.mode) || 'redirect';
  if (!(loginModes as readonly string[]).includes(mode)) problems.push({ field: 'mode', code: 'not-allowed', value: mode });

  const backend = backendValues(input, mode, problems);

  if (problems.length > 0) return { ok: false, problems };
  const loginHint = trimmed(input.loginHint);
  return {
    ok: true,
    config: {
      issuer,
      clientId,
      redirectUri,
      scope: normalizeScope(input.scope),
      mode: mode as LoginMode,
      ...(prompt ? { prompt: prompt as Prompt } : {}),
      ...(loginHint ? { loginHint } : {}),
      ...(backend ? { backend } : {}),
    },
  };
}

/** The backend's `state`, `nonce` and challenge: all three, well formed, and only with `mode="code"`. */
function backendValues(input: LeerIDConfigInput, mode: string, problems: ConfigProblem[]): BackendValues | undefined {
  const given = [
    { field: 'oidc-state', value: trimmed(input.oidcState), format: randomValue },
    { field: 'oidc-nonce', value: trimmed(input.oidcNonce), format: randomValue },
    { field: 'code-challenge', value: trimmed(input.codeChallenge), format: s256Challenge },
  ] as const;
  if (given.every((item) => !item.value)) return undefined;
  const before = problems.length;
  for (const { field, value, format } of given) {
    if (!value || mode !== 'code') problems.push({ field, code: 'incomplete', value });
    else if (!format.test(value)) problems.push({ field, code: 'malformed', value });
  }
  if (problems.length > before) return undefined;
  return { state: given[0].value, nonce: given[1].value, codeChallenge: given[2].value };
}
