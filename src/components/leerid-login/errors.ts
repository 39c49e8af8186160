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
  /** The provider (discovery, token endpoint) could not be reached. */
  'network_error',
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
 * developers and the console, never shown to pupils.
 */
export class LeerIDError extends Error {
  override readonly name = 'LeerIDError';

  constructor(
    readonly code: string,
    readonly description = '',
    options?: { cause?: unknown },
  ) {
    super(description ? `${code}: ${description}` : code, options);
  }
}
