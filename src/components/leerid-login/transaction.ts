/**
 * The login transaction: the PKCE code verifier, `state` and `nonce` of one
 * login attempt, kept in sessionStorage while the browser is at the
 * provider, and deleted once an answer with its `state` arrives: a stranger's
 * answer (no state, another state, another client's) leaves it in place.
 * Pure: the storage is passed in (anything with the Storage methods).
 *
 * sessionStorage, never localStorage: it belongs to this tab and this origin
 * and is gone when the tab closes. Tokens are never stored, only these
 * one-time values. What comes back from storage is validated like any input,
 * since another script on the origin or an old version may have written it.
 */
import * as v from 'valibot';
import { validate } from '../../core/data-input.js';
import { loginModes, type LeerIDConfig } from './config.js';

export const transactionKey = 'digi-leerid-login:transaction';

/** A login that takes longer than this at the provider has to start again. */
export const transactionMaxAgeMs = 30 * 60 * 1000;

const nonEmpty = v.pipe(v.string(), v.nonEmpty());

const transactionSchema = v.strictObject({
  version: v.literal(1),
  issuer: nonEmpty,
  clientId: nonEmpty,
  redirectUri: nonEmpty,
  mode: v.picklist(loginModes),
  state: nonEmpty,
  nonce: nonEmpty,
  /** Absent when the site's backend holds the verifier (`code-challenge`). */
  codeVerifier: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9._~-]{43,128}$/))),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type Transaction = v.InferOutput<typeof transactionSchema>;

export interface TransactionSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier?: string;
}

export type StoredTransaction =
  | { readonly ok: true; readonly transaction: Transaction }
  /** `missing`: nothing stored; `invalid`: not a transaction; `expired`: too old; `other-client`: for another button's settings. */
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' | 'expired' | 'other-client'; readonly detail: string };

export function createTransaction(config: LeerIDConfig, secrets: TransactionSecrets, now: number): Transaction {
  return {
    version: 1,
    issuer: config.issuer,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    mode: config.mode,
    state: secrets.state,
    nonce: secrets.nonce,
    ...(secrets.codeVerifier === undefined ? {} : { codeVerifier: secrets.codeVerifier }),
    createdAt: now,
  };
}

/** Checks stored text against the schema, its age and the settings it was made for. */
export function parseTransaction(text: string | null, config: LeerIDConfig, now: number): StoredTransaction {
  if (text === null) return { ok: false, reason: 'missing', detail: 'no login in progress in this tab' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid', detail: 'stored transaction is not JSON' };
  }
  const result = validate(transactionSchema, raw);
  if (!result.ok) {
    const detail = result.problems.map((problem) => `${problem.path || 'transaction'}: ${problem.message}`).join('; ');
    return { ok: false, reason: 'invalid', detail };
  }
  const transaction = result.value;
  const age = now - transaction.createdAt;
  if (age < 0 || age > transactionMaxAgeMs) {
    return { ok: false, reason: 'expired', detail: `login started ${Math.round(age / 1000)} s ago` };
  }
  if (
    transaction.issuer !== config.issuer ||
    transaction.clientId !== config.clientId ||
    transaction.redirectUri !== config.redirectUri ||
    transaction.mode !== config.mode
  ) {
    return {
      ok: false,
      reason: 'other-client',
      detail: 'the login in progress was started for another issuer, client, redirect URI or mode',
    };
  }
  return { ok: true, transaction };
}

type TransactionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function saveTransaction(storage: TransactionStorage, transaction: Transaction): void {
  storage.setItem(transactionKey, JSON.stringify(transaction));
}

/** Reads the transaction without deleting it: an answer must first prove it belongs to it. */
export function readTransaction(storage: TransactionStorage, config: LeerIDConfig, now: number): StoredTransaction {
  return parseTransaction(storage.getItem(transactionKey), config, now);
}

export type ClaimResult =
  /** The answer's state is this tab's: the transaction is deleted (never used twice) and returned. */
  | StoredTransaction
  /** Another button's login (other client or settings), or another state: left in place. */
  | { readonly ok: false; readonly reason: 'state-mismatch'; readonly detail: string };

/**
 * Takes the transaction for an answer carrying `state`: deleted only when the
 * state and the settings match, in the same synchronous step as the check, so
 * its one-time values are never used twice. A transaction that can never be
 * used (unreadable, expired) is deleted too; one for another client or state
 * stays for its own answer.
 */
export function claimTransaction(
  storage: TransactionStorage,
  config: LeerIDConfig,
  state: string,
  now: number,
): ClaimResult {
  const stored = readTransaction(storage, config, now);
  if (!stored.ok) {
    if (stored.reason === 'invalid' || stored.reason === 'expired') storage.removeItem(transactionKey);
    return stored;
  }
  if (stored.transaction.state !== state) {
    return { ok: false, reason: 'state-mismatch', detail: 'the state in the answer is not the one this tab sent' };
  }
  storage.removeItem(transactionKey);
  return stored;
}
