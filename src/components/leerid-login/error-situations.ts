/**
 * Which situation, and so which plain-language message, each error code
 * gets (the words are in words.ts). Pure. Part of the
 * error words (status.ts), loaded only when there is an error to show.
 */

/** Which message a user sees: a handful of situations, each with one thing to do. */
export type MessageKey =
  | 'cancelled'
  | 'not-signed-in'
  | 'unavailable'
  | 'network'
  | 'unreachable'
  | 'expired'
  | 'security'
  | 'setup'
  | 'unknown';

const messageKeys = new Map<string, MessageKey>(
  Object.entries({
    // The user said no, or stopped at the provider.
    access_denied: 'cancelled',
    // prompt=none and the like: the provider needs the user first.
    login_required: 'not-signed-in',
    interaction_required: 'not-signed-in',
    consent_required: 'not-signed-in',
    account_selection_required: 'not-signed-in',
    // The provider is down or overloaded.
    server_error: 'unavailable',
    timeout: 'unavailable',
    temporarily_unavailable: 'unavailable',
    // Offline: the one case where checking the internet helps.
    network_error: 'network',
    // Online, and still no answer: the provider's side or CORS, nothing the user can fix.
    provider_unreachable: 'unreachable',
    // Too late, or twice: start again.
    no_transaction: 'expired',
    invalid_grant: 'expired',
    // Something in the answer was not what this browser asked for.
    state_mismatch: 'security',
    nonce_mismatch: 'security',
    audience_mismatch: 'security',
    issuer_mismatch: 'security',
    token_expired: 'security',
    id_token_invalid: 'security',
    invalid_response: 'security',
    // The site's settings or its registration at the provider.
    invalid_configuration: 'setup',
    blocked_by_csp: 'setup',
    discovery_failed: 'setup',
    invalid_request: 'setup',
    invalid_client: 'setup',
    invalid_scope: 'setup',
    unauthorized_client: 'setup',
    unsupported_response_type: 'setup',
    unsupported_grant_type: 'setup',
    request_not_supported: 'setup',
    request_uri_not_supported: 'setup',
    registration_not_supported: 'setup',
  } satisfies Record<string, MessageKey>),
);

/** The message for an error code; unknown codes get the general one. */
export function messageKeyFor(code: string): MessageKey {
  return messageKeys.get(code) ?? 'unknown';
}
