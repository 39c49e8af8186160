/**
 * The OpenID Connect authorization code flow with PKCE, on oauth4webapi (a
 * certified OpenID Connect relying-party library): discovery, the
 * authorization request, validating the answer, the code exchange and the ID
 * token checks. No cryptography or protocol parsing is written here.
 *
 * Part of the protocol chunk (protocol.ts), loaded only on a click or when an
 * answer from the provider arrives.
 */
import * as oauth from 'oauth4webapi';
import type { LeerIDConfig } from './config.js';
import { isSecureUrl } from './config.js';
import { LeerIDError } from './errors.js';
import { createTransaction, saveTransaction, takeTransaction, type Transaction } from './transaction.js';

type Storage = Parameters<typeof takeTransaction>[0];

/** The detail of `digi-leerid-login`: the ID token's claims, validated, passed through untouched. */
export interface LeerIDLoginResult {
  readonly type: 'login';
  /** Validated ID token claims (`sub`, `iss`, `aud`, and whatever the provider adds, e.g. `vo_id`). */
  readonly claims: oauth.IDToken;
  /** The ID token itself, e.g. to send to the site's backend. Kept in memory only. */
  readonly idToken: string;
  /** The access token, for the provider's APIs. Kept in memory only. */
  readonly accessToken: string;
  readonly tokenType: string;
  /** Lifetime of the access token in seconds, when the provider says. */
  readonly expiresIn?: number;
  readonly scope?: string;
}

/** The detail of `digi-leerid-code`: what a backend needs to exchange the code itself. */
export interface LeerIDCodeResult {
  readonly type: 'code';
  readonly code: string;
  /** The PKCE code verifier to send with the code (`code_verifier`). */
  readonly codeVerifier: string;
  /** The nonce the backend must find in the ID token. */
  readonly nonce: string;
  readonly redirectUri: string;
  readonly issuer: string;
  readonly clientId: string;
}

export type LeerIDResult = LeerIDLoginResult | LeerIDCodeResult;

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
    // A fetch that fails (offline, DNS, CORS, the page's connect-src) is a network error.
    [oauth.customFetch]: (url: string, init: RequestInit) =>
      fetch(url, init).catch((error: unknown) => {
        throw new LeerIDError('network_error', `${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }),
  };
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
    if (error instanceof oauth.OperationProcessingError && error.code === oauth.JSON_ATTRIBUTE_COMPARISON) {
      throw new LeerIDError('issuer_mismatch', `the discovery document names another issuer than ${config.issuer}`, { cause: error });
    }
    throw new LeerIDError('discovery_failed', describe(error), { cause: error });
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Prepares a login: discovers the provider, makes a fresh code verifier,
 * state and nonce, stores them for this tab, and returns the authorization
 * URL to send the browser to.
 */
export async function startLogin(config: LeerIDConfig, options: StartOptions): Promise<string> {
  const server = await discover(config);
  const methods = server.code_challenge_methods_supported;
  if (methods && !methods.includes('S256')) {
    throw new LeerIDError('discovery_failed', 'the provider does not support PKCE with S256');
  }
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
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
  params.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier));
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
 * Finishes a login from the answer in `pageUrl`: takes (and deletes) the
 * stored transaction, checks `state` and `iss`, and then either returns the
 * code for a backend (`mode="code"`) or exchanges it and validates the ID
 * token (issuer, audience, nonce, expiry). Rejects with a LeerIDError.
 */
export async function completeLogin(
  config: LeerIDConfig,
  pageUrl: string,
  storage: Storage,
  now = Date.now(),
): Promise<LeerIDResult> {
  const stored = takeTransaction(storage, config, now);
  if (!stored.ok) throw new LeerIDError('no_transaction', stored.detail);
  const transaction = stored.transaction;
  const server = await discover(config);
  const client: oauth.Client = { client_id: config.clientId };
  const answer = new URL(pageUrl);

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
      codeVerifier: transaction.codeVerifier,
      nonce: transaction.nonce,
      redirectUri: config.redirectUri,
      issuer: config.issuer,
      clientId: config.clientId,
    };
  }

  try {
    const response = await oauth.authorizationCodeGrantRequest(
      server,
      client,
      oauth.None(),
      params,
      config.redirectUri,
      transaction.codeVerifier,
      requestOptions(config),
    );
    const tokens = await oauth.processAuthorizationCodeResponse(server, client, response, {
      expectedNonce: transaction.nonce,
      requireIdToken: true,
    });
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
    return new LeerIDError('invalid_response', describe(error), { cause: error });
  }
  return new LeerIDError('unknown_error', describe(error), { cause: error });
}
