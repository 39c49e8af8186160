/**
 * The types of `<digi-leerid-login>` and `handleLeerIDCallback()` that both
 * the always-loaded code (the button, the callback check) and the lazily
 * loaded protocol use: event details and the callback's options. Types only,
 * so importing them loads nothing.
 */
import type { IDToken } from 'oauth4webapi';
import type { LeerIDConfigInput } from './config.js';

/** The detail of `digi-leerid-login`: the ID token's claims, validated, passed through untouched. */
export interface LeerIDLoginResult {
  readonly type: 'login';
  /**
   * ID token claims (`sub`, `iss`, `aud`, and whatever the provider adds, e.g.
   * `vo_id`), checked in this page: signature (issuer's JWKS), issuer,
   * audience, nonce, expiry. For the page's display only: a backend must
   * verify `idToken` itself and never trust claims sent from the page.
   */
  readonly claims: IDToken;
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
  /** The `state` the answer carried (checked here); a backend that supplied it compares it with its session. */
  readonly state: string;
  /**
   * The PKCE code verifier to send with the code (`code_verifier`), when this
   * page made it; absent when the backend gave `code-challenge` and keeps
   * the verifier itself (backend-for-frontend, recommended).
   */
  readonly codeVerifier?: string;
  /** The nonce the backend must find in the ID token. */
  readonly nonce: string;
  readonly redirectUri: string;
  readonly issuer: string;
  readonly clientId: string;
}

export type LeerIDResult = LeerIDLoginResult | LeerIDCodeResult;

export interface LeerIDCallbackOptions extends LeerIDConfigInput {
  /** The URL with the answer; the current page by default. */
  readonly url?: string;
  /**
   * Where to dispatch `digi-leerid-login`, `digi-leerid-code` or
   * `digi-leerid-error` (bubbling, composed); no events when absent.
   */
  readonly target?: EventTarget;
}

/** The detail of `digi-leerid-error`. */
export interface LeerIDErrorDetail {
  /** An OAuth 2.0 / OpenID Connect error code (`access_denied`…) or the widget's own (`state_mismatch`…). */
  readonly code: string;
  /** The plain-language message for the user (the button's language; Dutch from `handleLeerIDCallback`). */
  readonly message: string;
  /** Technical details for developers (the provider's `error_description`, the failed check). */
  readonly description: string;
  /**
   * The request to the provider that failed, for `network_error`,
   * `blocked_by_csp`, `provider_unreachable` and `timeout` (absent otherwise).
   */
  readonly url?: string;
}
