import { describe, expect, it } from 'vitest';
import type { LeerIDConfig } from '../../../src/components/leerid-login/config.js';
import {
  claimTransaction,
  createTransaction,
  parseTransaction,
  saveTransaction,
  readTransaction,
  transactionKey,
  transactionMaxAgeMs,
} from '../../../src/components/leerid-login/transaction.js';

const config: LeerIDConfig = {
  issuer: 'https://id.leerid.example',
  clientId: 'klasapp',
  redirectUri: 'https://school.example/login/',
  scope: 'openid',
  mode: 'redirect',
};
const secrets = { state: 'state-1', nonce: 'nonce-1', codeVerifier: 'v'.repeat(43) };
const now = 1_750_000_000_000;

/** A Storage stand-in: a Map behind the three methods the store uses. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('transaction record', () => {
  it('holds the one-time values and the settings they belong to, nothing else', () => {
    const transaction = createTransaction(config, secrets, now);
    expect(transaction).toEqual({
      version: 1,
      issuer: config.issuer,
      clientId: 'klasapp',
      redirectUri: config.redirectUri,
      mode: 'redirect',
      state: 'state-1',
      nonce: 'nonce-1',
      codeVerifier: 'v'.repeat(43),
      createdAt: now,
    });
  });

  it('round-trips through storage text', () => {
    const text = JSON.stringify(createTransaction(config, secrets, now));
    expect(parseTransaction(text, config, now + 1000)).toEqual({ ok: true, transaction: JSON.parse(text) });
  });

  it('reports a missing transaction', () => {
    expect(parseTransaction(null, config, now)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('refuses text that is not JSON, or not a transaction, naming the field', () => {
    expect(parseTransaction('{', config, now)).toMatchObject({ ok: false, reason: 'invalid' });
    const good = createTransaction(config, secrets, now);
    const broken = (changes: Record<string, unknown>) =>
      parseTransaction(JSON.stringify({ ...good, ...changes }), config, now);
    expect(broken({ state: '' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(broken({ codeVerifier: 'short' })).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('codeVerifier') });
    expect(broken({ codeVerifier: `${'v'.repeat(42)} ` })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(broken({ version: 2 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(broken({ mode: 'popup' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(broken({ accessToken: 'x' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseTransaction('[]', config, now)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('expires after the maximum age, and refuses times in the future', () => {
    const text = JSON.stringify(createTransaction(config, secrets, now));
    expect(parseTransaction(text, config, now + transactionMaxAgeMs).ok).toBe(true);
    expect(parseTransaction(text, config, now + transactionMaxAgeMs + 1)).toMatchObject({ ok: false, reason: 'expired' });
    expect(parseTransaction(text, config, now - 1)).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('belongs to one issuer, client, redirect URI and mode', () => {
    const text = JSON.stringify(createTransaction(config, secrets, now));
    for (const other of [
      { ...config, issuer: 'https://other.example' },
      { ...config, clientId: 'other' },
      { ...config, redirectUri: 'https://school.example/elders/' },
      { ...config, mode: 'code' as const },
    ]) {
      expect(parseTransaction(text, other, now)).toMatchObject({ ok: false, reason: 'other-client' });
    }
  });
});

describe('storage', () => {
  it('saves under one key and reads without deleting', () => {
    const storage = memoryStorage();
    saveTransaction(storage, createTransaction(config, secrets, now));
    expect([...storage.items.keys()]).toEqual([transactionKey]);
    expect(readTransaction(storage, config, now).ok).toBe(true);
    expect(readTransaction(storage, config, now).ok).toBe(true);
    expect(storage.items.size).toBe(1);
  });

  it('deletes the transaction only for an answer with its state, and then only once', () => {
    const storage = memoryStorage();
    saveTransaction(storage, createTransaction(config, secrets, now));
    expect(claimTransaction(storage, config, 'state-of-a-stranger', now)).toMatchObject({ ok: false, reason: 'state-mismatch' });
    expect(storage.items.size).toBe(1);
    expect(claimTransaction(storage, config, 'state-1', now)).toMatchObject({ ok: true, transaction: { nonce: 'nonce-1' } });
    expect(storage.items.size).toBe(0);
    expect(claimTransaction(storage, config, 'state-1', now)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('leaves another client’s login in place, and removes what can never be used', () => {
    const storage = memoryStorage();
    saveTransaction(storage, createTransaction(config, secrets, now));
    expect(claimTransaction(storage, { ...config, clientId: 'other' }, 'state-1', now)).toMatchObject({ reason: 'other-client' });
    expect(storage.items.size).toBe(1);
    expect(claimTransaction(storage, config, 'state-1', now + transactionMaxAgeMs + 1)).toMatchObject({ reason: 'expired' });
    expect(storage.items.size).toBe(0);

    const junk = memoryStorage({ [transactionKey]: 'junk' });
    expect(claimTransaction(junk, config, 'state-1', now)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(junk.items.size).toBe(0);
  });

  it('keeps no code verifier when the backend holds it', () => {
    const { codeVerifier: _, ...withoutVerifier } = secrets;
    const transaction = createTransaction({ ...config, mode: 'code' }, withoutVerifier, now);
    expect(transaction).not.toHaveProperty('codeVerifier');
    expect(parseTransaction(JSON.stringify(transaction), { ...config, mode: 'code' }, now).ok).toBe(true);
  });
});
