/**
 * The OpenID Connect authorization code flow with PKCE, on oauth4webapi (a
 * certified OpenID Connect relying-party library): discovery, the
 * authorization request, validating the answer, the code exchange and the ID
 * token checks, its signature against the issuer's JWKS included. No
 * cryptography or protocol parsing is written here.
 *
 * Part of the protocol chunk (protocol.ts), loaded only on a click or when an
 * answer from the provider arrives.
 */
import * as oauth from 'oauth4webapi';
import type { LeerIDResult } from './leerid-login.types.js';
import { responseParameters } from './callback-url.js';
import type { LeerIDConfig } from './config.js';
import { isSecureUrl } from './config.js';
import { LeerIDError } from './errors.js';
import { fetchFailureCode, watchCspViolations } from './fetch-failure.js';
import { claimTransaction, createTransaction, saveTransaction, type Transaction } from './transaction.js';

type Storage = Parameters<typeof claimTransaction>[0];

/**
 * The answers a button on this page has already claimed, with the settings
 * that claimed them: a button of another client that sees one later (the
 * transaction already gone) leaves it alone instead of reporting
 * `no_transaction`; the same settings seeing it again is a replay.
 */
const claimedAnswers = new Map<string, string>();
const clientKey = (config: LeerIDConfig): string => JSON.stringify([config.issuer, config.clientId, config.redirectUri, config.mode]);

/** How long discovery, the JWKS and the token request may take before the login stops with `timeout`. */
export const requestTimeoutMs = 15_000;

export interface StartOptions {
  readonly storage: Storage;
  /** `ui_locales`: the languages the provider should show, best first (`nl-BE nl`). */
  readonly uiLocales?: string;
  readonly now?: number;
}

/**
 * oauth4webapi refuses plain http unless told otherwise. The configuration
 * allows http only on loopback hosts (config.ts), and so does this.
 */
function requestOptions(config: LeerIDConfig) {
  return {
    [oauth.allowInsecureRequests]: new URL(config.issuer).protocol === 'http:' && isSecureUrl(new URL(config.issuer)),
    [oauth.customFetch]: providerFetch,
    // A fresh limit per request (discovery, JWKS, token); it also covers reading the body.
    signal: () => AbortSignal.timeout(requestTimeoutMs),
  };
}

/**
 * `fetch` for the provider's endpoints. One that hangs is a `timeout`; one
 * that fails without an answer is `blocked_by_csp` (the page's connect-src),
 * `network_error` (this device is offline) or `provider_unreachable` (DNS,
 * TLS, CORS), see fetch-failure.ts.
 */
async function providerFetch(url: string, init: RequestInit): Promise<Response> {
  const csp = watchCspViolations(document, url);
  try {
    return await fetch(url, init);
  } catch (error) {
    const timeout = timeoutError(error, url);
    if (timeout) throw timeout;
    const code = fetchFailureCode({ online: navigator.onLine, blockedByCsp: await csp.blocked() });
    throw new LeerIDError(code, `${url}: ${describe(error)}`, { cause: error, url });
  } finally {
    csp.stop();
  }
}

/** `timeout` for an aborted request or body read; undefined for anything else. */
function timeoutError(error: unknown, url = ''): LeerIDError | undefined {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name !== 'TimeoutError') return undefined;
  const what = url ? `${url}: ` : '';
  return new LeerIDError('timeout', `${what}no answer within ${requestTimeoutMs / 1000} s`, { cause: error, ...(url ? { url } : {}) });
}

async function discover(config: LeerIDConfig): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(config.issuer);
  try {
    const response = await oauth.discoveryRequest(issuer, requestOptions(config));
    const server = await oauth.processDiscoveryResponse(issuer, response);
    if (!server.authorization_endpoint || !server.token_endpoint) {
      throw new LeerIDError('discovery_failed', 'the discovery document has no authorization_endpoint or token_endpoint');
    }
    return server;
  } catch (error) {
    if (error instanceof LeerIDError) throw error;
    const timeout = timeoutError(error);
    if (timeout) throw timeout;
    if (error instanceof oauth.OperationProcessingError && error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
      throw new LeerIDError('issuer_mismatch', `the discovery document names another issuer than ${config.issuer}`, { cause: error });
    }
    throw new LeerIDError('discovery_failed', describe(error), { cause: error });
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Prepares a login: discovers the provider, makes a fresh code verifier,
 * state and nonce (or takes the backend's `state`, `nonce` and challenge),
 * stores them for this tab, and returns the authorization URL to send the
 * browser to.
 */
export async function startLogin(config: LeerIDConfig, options: StartOptions): Promise<string> {
  const server = await discover(config);
  // RFC 8414: no `code_challenge_methods_supported` means no PKCE at all.
  if (!server.code_challenge_methods_supported?.includes('S256')) {
    throw new LeerIDError('discovery_failed', 'the discovery document does not list S256 in code_challenge_methods_supported');
  }
  const backend = config.backend;
  const codeVerifier = backend ? undefined : oauth.generateRandomCodeVerifier();
  const state = backend?.state ?? oauth.generateRandomState();
  const nonce = backend?.nonce ?? oauth.generateRandomNonce();
  const url = new URL(server.authorization_endpoint!);
  if (!isSecureUrl(url)) {
    throw new LeerIDError('discovery_failed', `the authorization endpoint ${url.href} is not https`);
  }
  const params = url.searchParams;
  params.set('client_id', config.clientId);
  params.set('redirect_uri', config.redirectUri);
  params.set('response_type', 'code');
  params.set('scope', config.scope);
  params.set('state', state);
  params.set('nonce', nonce);
  params.set('code_challenge', backend?.codeChallenge ?? (await oauth.calculatePKCECodeChallenge(codeVerifier!)));
  params.set('code_challenge_method', 'S256');
  if (config.prompt) params.set('prompt', config.prompt);
  if (config.loginHint) params.set('login_hint', config.loginHint);
  if (options.uiLocales) params.set('ui_locales', options.uiLocales);
  storeTransaction(options.storage, createTransaction(config, { state, nonce, codeVerifier }, options.now ?? Date.now()));
  return url.href;
}

function storeTransaction(storage: Storage, transaction: Transaction): void {
  try {
    saveTransaction(storage, transaction);
  } catch (error) {
    throw new LeerIDError('unknown_error', `sessionStorage is not available: ${describe(error)}`, { cause: error });
  }
}

/**
 * Finishes a login from the answer in `pageUrl`. Resolves to `null` when the
 * answer is not for this button: no `state` (RFC 6749 requires it in every
 * answer to a request that had one, so a stateless `?error=` link is a
 * stranger's), a login in progress for another client or redirect URI, or
 * an answer another button on this page already took.
 * Otherwise claims the stored transaction (deleted only when the state
 * matches), checks `iss`, and then either returns the code for a backend
 * (`mode="code"`) or exchanges it and validates the ID token: signature
 * against the issuer's JWKS (asymmetric algorithms only), issuer, audience,
 * nonce, expiry. Rejects with a LeerIDError.
 */
export async function completeLogin(
  config: LeerIDConfig,
  pageUrl: string,
  storage: Storage,
  now = Date.now(),
): Promise<LeerIDResult | null> {
  const answer = new URL(pageUrl);
  const state = answer.searchParams.get('state');
  if (state === null) return null;
  const claimer = claimedAnswers.get(answer.href);
  if (claimer !== undefined && claimer !== clientKey(config)) return null;
  // oauth4webapi refuses repeated parameters too, but only after the transaction was used: a forged answer must not spend it.
  const repeated = responseParameters.find((name) => answer.searchParams.getAll(name).length > 1);
  if (repeated) throw new LeerIDError('invalid_response', `the answer has more than one ${repeated} parameter`);
  const claimed = claimTransaction(storage, config, state, now);
  if (!claimed.ok) {
    if (claimed.reason === 'other-client') return null;
    if (claimed.reason === 'state-mismatch') throw new LeerIDError('state_mismatch', claimed.detail);
    throw new LeerIDError('no_transaction', claimed.detail);
  }
  claimedAnswers.set(answer.href, clientKey(config));
  const transaction = claimed.transaction;
  const server = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };

  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(server, client, answer, transaction.state);
  } catch (error) {
    throw authorizationResponseError(error, answer.searchParams, transaction, server);
  }
  const code = params.get('code')!;

  if (config.mode === 'code') {
    return {
      type: 'code',
      code,
      state: transaction.state,
      ...(transaction.codeVerifier === undefined ? {} : { codeVerifier: transaction.codeVerifier }),
      nonce: transaction.nonce,
      redirectUri: config.redirectUri,
      issuer: config.issuer,
      clientId: config.clientId,
    };
  }
  if (transaction.codeVerifier === undefined) {
    throw new LeerIDError('no_transaction', 'the login in progress has no code verifier');
  }

  try {
    const options = requestOptions(config);
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      params,
      config.redirectUri,
      transaction.codeVerifier,
      options,
    );
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: transaction.nonce,
      requireIdToken: true,
    });
    // TLS alone would do for OIDC Core, but these claims reach the page's scripts: check who signed them.
    await verifySignature(server, response, options);
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    return {
      type: 'login',
      claims,
      idToken: tokens.id_token!,
      accessToken: tokens.access_token,
      tokenType: tokens.token_type,
      ...(tokens.expires_in === undefined ? {} : { expiresIn: tokens.expires_in }),
      ...(tokens.scope === undefined ? {} : { scope: tokens.scope }),
    };
  } catch (error) {
    throw tokenResponseError(error);
  }
}

/**
 * The ID token's signature against the issuer's JWKS (`jwks_uri` of this
 * login's discovery document, so fetched once per login). Anything but a
 * timeout or a network error means nobody can vouch for the claims:
 * `id_token_invalid`.
 */
async function verifySignature(
  server: oauth.AuthorizationServer,
  response: Response,
  options: ReturnType<typeof requestOptions>,
): Promise<void> {
  try {
    await oauth.validateApplicationLevelSignature(server, response, options);
  } catch (error) {
    const known = error instanceof LeerIDError ? error : timeoutError(error);
    if (known) throw known;
    throw new LeerIDError('id_token_invalid', `the ID token's signature could not be verified: ${describe(error)}`, { cause: error });
  }
}

/** Names what was wrong with the answer in the redirect URI. */
function authorizationResponseError(
  error: unknown,
  received: URLSearchParams,
  transaction: Transaction,
  server: oauth.AuthorizationServer,
): LeerIDError {
  if (error instanceof oauth.AuthorizationResponseError) {
    return new LeerIDError(error.error, error.error_description ?? '', { cause: error });
  }
  // oauth4webapi checks state before anything else; say which check failed.
  if (received.get('state') !== transaction.state) {
    return new LeerIDError('state_mismatch', 'the state in the answer is not the one this tab sent', { cause: error });
  }
  const iss = received.get('iss');
  if (iss !== null && iss !== server.issuer) {
    return new LeerIDError('issuer_mismatch', `the answer names issuer ${iss}, expected ${server.issuer}`, { cause: error });
  }
  return new LeerIDError('invalid_response', describe(error), { cause: error });
}

const claimErrors: Readonly<Record<string, string>> = {
  nonce: 'nonce_mismatch',
  aud: 'audience_mismatch',
  azp: 'audience_mismatch',
  iss: 'issuer_mismatch',
};

/** Names what went wrong at the token endpoint or in the ID token. */
function tokenResponseError(error: unknown): LeerIDError {
  if (error instanceof LeerIDError) return error;
  const timeout = timeoutError(error);
  if (timeout) return timeout;
  // `alg: none`, HS256 (a shared secret the page would have to hold) and other algorithms nobody can verify here.
  if (error instanceof oauth.UnsupportedOperationError) {
    return new LeerIDError('id_token_invalid', describe(error), { cause: error });
  }
  if (error instanceof oauth.ResponseBodyError) {
    return new LeerIDError(error.error, error.error_description ?? '', { cause: error });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return new LeerIDError('invalid_client', describe(error), { cause: error });
  }
  if (error instanceof oauth.OperationProcessingError) {
    const claim = (error.cause as { claim?: unknown } | undefined)?.claim;
    if (error.code === oauth.JWT_CLAIM_COMPARISON && typeof claim === 'string' && claim in claimErrors) {
      return new LeerIDError(claimErrors[claim]!, describe(error), { cause: error });
    }
    if (error.code === oauth.JWT_TIMESTAMP_CHECK) {
      return new LeerIDError('token_expired', describe(error), { cause: error });
    }
    // An `alg` the provider did not announce for ID tokens.
    const header = (error.cause as { header?: { alg?: unknown } } | undefined)?.header;
    if (error.code === oauth.INVALID_RESPONSE && header?.alg !== undefined) {
      return new LeerIDError('id_token_invalid', describe(error), { cause: error });
    }
    return new LeerIDError('invalid_response', describe(error), { cause: error });
  }
  return new LeerIDError('unknown_error', describe(error), { cause: error });
}
