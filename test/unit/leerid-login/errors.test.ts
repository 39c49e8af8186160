import { describe, expect, it } from 'vitest';
import { LeerIDError, widgetErrorCodes } from '../../../src/components/leerid-login/errors.js';
import { messageKeyFor } from '../../../src/components/leerid-login/error-situations.js';
import { errorMessage, problemText } from '../../../src/components/leerid-login/words.js';

describe('messageKeyFor', () => {
  it('maps the provider errors of OAuth 2.0 and OpenID Connect', () => {
    expect(messageKeyFor('access_denied')).toBe('cancelled');
    expect(messageKeyFor('login_required')).toBe('not-signed-in');
    expect(messageKeyFor('consent_required')).toBe('not-signed-in');
    expect(messageKeyFor('interaction_required')).toBe('not-signed-in');
    expect(messageKeyFor('server_error')).toBe('unavailable');
    expect(messageKeyFor('temporarily_unavailable')).toBe('unavailable');
    expect(messageKeyFor('invalid_grant')).toBe('expired');
    expect(messageKeyFor('unauthorized_client')).toBe('setup');
    expect(messageKeyFor('invalid_scope')).toBe('setup');
  });

  it('maps the widget’s own codes', () => {
    expect(messageKeyFor('network_error')).toBe('network');
    expect(messageKeyFor('no_transaction')).toBe('expired');
    for (const code of ['state_mismatch', 'nonce_mismatch', 'audience_mismatch', 'issuer_mismatch', 'token_expired']) {
      expect(messageKeyFor(code), code).toBe('security');
    }
    expect(messageKeyFor('invalid_configuration')).toBe('setup');
    expect(messageKeyFor('discovery_failed')).toBe('setup');
  });

  it('gives every widget code a specific message except unknown_error', () => {
    for (const code of widgetErrorCodes) {
      expect(messageKeyFor(code) === 'unknown', code).toBe(code === 'unknown_error');
    }
  });

  it('gives unknown codes, and names on Object.prototype, the general message', () => {
    for (const code of ['something_new', '', 'constructor', '__proto__', 'toString']) {
      expect(messageKeyFor(code), code).toBe('unknown');
    }
  });
});

describe('texts (Dutch source)', () => {
  it('has one plain message per situation, each saying what to do', () => {
    const keys = ['cancelled', 'not-signed-in', 'unavailable', 'network', 'unreachable', 'expired', 'security', 'setup', 'unknown'] as const;
    const texts = keys.map(errorMessage);
    expect(new Set(texts).size).toBe(keys.length);
    expect(errorMessage('cancelled')).toMatch(/opnieuw op de knop/);
    expect(errorMessage('network')).toMatch(/internet/);
  });

  it('names the attribute in a setting problem', () => {
    expect(problemText({ field: 'client-id', code: 'missing', value: '' })).toBe('Het attribuut client-id ontbreekt.');
    expect(problemText({ field: 'issuer', code: 'insecure', value: 'http://x' })).toContain('https://');
    expect(problemText({ field: 'redirect-uri', code: 'extra-parts', value: 'x' })).toBe('redirect-uri mag geen # bevatten.');
  });
});

describe('LeerIDError', () => {
  it('carries a code and a description', () => {
    const error = new LeerIDError('state_mismatch', 'the state differs');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LeerIDError');
    expect(error.code).toBe('state_mismatch');
    expect(error.description).toBe('the state differs');
    expect(error.message).toBe('state_mismatch: the state differs');
    expect(new LeerIDError('access_denied').message).toBe('access_denied');
  });
});
