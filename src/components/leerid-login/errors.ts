/**
 * What can go wrong during a login, as codes a host page can act on. Pure.
 * Which situation (and so which message) each code gets is in
 * error-situations.ts; the words themselves are in words.ts.
 *
 * Codes are the provider's own OAuth 2.0 / OpenID Connect error codes where
 * the provider answered with one (`access_denied`, `login_required`,
 * `invalid_grant`…), and the widget's own for what it found itself.
 */

/** The widget's own error codes. */
export const widgetErrorCodes = [
  /**
   * This device is offline (`navigator.onLine` is false) while a request to
   * the provider failed, or the login code itself could not be downloaded.
   */
  'network_error',
  /**
   * The page's Content-Security-Policy blocked a request to the provider (a
   * `securitypolicyviolation` for its origin): the site must add that origin
   * (the issuer, its token endpoint or its `jwks_uri`) to `connect-src`.
   */
  'blocked_by_csp',
  /**
   * Online, no CSP violation, and still the request to the provider failed:
   * the provider's address does not answer (DNS, a closed port, TLS) or it does
   * not allow requests from this site's origin (CORS). Not the user's fault.
   */
  'provider_unreachable',
  /** The provider did not answer within 15 seconds (discovery, JWKS, token endpoint). */
  'timeout',
  /** The discovery document was missing or not valid. */
  'discovery_failed',
  /** An answer from the provider was not a valid OAuth / OpenID Connect answer. */
  'invalid_response',
  /** The `state` in the answer is not the one this browser sent: possibly forged (login CSRF). */
  'state_mismatch',
  /** The ID token's `nonce` is not the one this browser sent: possibly replayed or injected. */
  'nonce_mismatch',
  /** The ID token was issued to another client (`aud` / `azp`). */
  'audience_mismatch',
  /** The answer or ID token comes from another issuer than the configured one (mix-up). */
  'issuer_mismatch',
  /** The ID token has expired or is not yet valid. */
  'token_expired',
  /** The ID token is missing, malformed, or its signature does not verify against the issuer's JWKS (`alg: none`, HS256, a foreign key). */
  'id_token_invalid',
  /** An answer arrived but this browser has no login in progress (expired, already used, or another tab). */
  'no_transaction',
  /** The button's attributes are not valid (see the console). */
  'invalid_configuration',
  /** Anything else. */
  'unknown_error',
] as const;

/**
 * A failed login. `code` says what happened (see above); `description` is
 * the provider's `error_description` or the library's message, for
 * developers and the console, never shown to pupils. `url` is the request to
 * the provider that failed, for `network_error`, `blocked_by_csp`,
 * `provider_unreachable` and `timeout`.
 */
export class LeerIDError extends Error {
  override readonly name = 'LeerIDError';

  readonly url?: string;

  constructor(
    readonly code: string,
    readonly description = '',
    options?: { cause?: unknown; url?: string },
  ) {
    super(description ? `${code}: ${description}` : code, options);
    if (options?.url !== undefined) this.url = options.url;
  }
}
