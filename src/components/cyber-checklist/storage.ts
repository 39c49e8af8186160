/**
 * Saving answers in the browser without losing any: a key per checklist and
 * content version, answers of an older version carried over, unreadable
 * values set aside (never overwritten), and every failure (no storage in
 * private mode, a full quota) reported so the widget can say that saving is
 * not possible and offer an export. The storage is passed in. Pure, no DOM.
 */
import * as v from 'valibot';
import type { ChecklistContent } from './content.js';
import { emptyState, migrate, stateSchema, type ArchivedAnswer, type ChecklistState } from './state.js';

/** The part of the Web Storage API used here (localStorage, or a test double). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const prefix = 'digi-cyber-checklist';
export const storageKey = (checklistId: string, version: string): string => `${prefix}:${checklistId}:${version}`;
const checklistPrefix = (checklistId: string) => `${prefix}:${checklistId}:`;

export type StorageProblem = 'unavailable' | 'corrupt' | 'quota';

export interface Loaded {
  readonly state: ChecklistState;
  /** `stored`: as saved; `migrated`: from an older version's answers; `new`: nothing saved. */
  readonly origin: 'stored' | 'migrated' | 'new';
  readonly migratedFrom?: string;
  readonly archivedNow: readonly ArchivedAnswer[];
  readonly problem?: StorageProblem;
  /** Where an unreadable saved value was set aside. */
  readonly setAsideKey?: string;
}

/** A saved value as a state, or undefined when it is not one. */
export function readState(text: string | null): ChecklistState | undefined {
  if (text === null) return undefined;
  try {
    const parsed = v.safeParse(stateSchema, JSON.parse(text));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

/** The saved answers for `content`, carried over from an older version when this one has none. */
export function loadState(storage: StorageLike | undefined, content: ChecklistContent, now: string): Loaded {
  const fresh = (problem?: StorageProblem, setAsideKey?: string): Loaded => ({
    state: emptyState(content, now),
    origin: 'new',
    archivedNow: [],
    ...(problem ? { problem } : {}),
    ...(setAsideKey ? { setAsideKey } : {}),
  });
  if (!storage) return fresh('unavailable');
  try {
    const key = storageKey(content.id, content.version);
    const text = storage.getItem(key);
    if (text !== null) {
      const state = readState(text);
      if (!state || state.checklist !== content.id) {
        // Keep what was there (someone may recover it from an export of the browser's data).
        const setAsideKey = `${key}:unreadable:${now}`;
        storage.setItem(setAsideKey, text);
        storage.removeItem(key);
        return fresh('corrupt', setAsideKey);
      }
      const { state: migrated, archivedNow } = migrate(state, content, now);
      return { state: migrated, origin: 'stored', archivedNow };
    }
    const older = otherVersions(storage, content);
    if (older) {
      const { state, archivedNow } = migrate(older, content, now);
      return { state, origin: 'migrated', migratedFrom: older.version, archivedNow };
    }
    return fresh();
  } catch {
    return fresh('unavailable');
  }
}

/** The most recently saved state of another version of the same checklist. */
function otherVersions(storage: StorageLike, content: ChecklistContent): ChecklistState | undefined {
  let newest: ChecklistState | undefined;
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (!key?.startsWith(checklistPrefix(content.id)) || key.includes(':unreadable:')) continue;
    const state = readState(storage.getItem(key));
    if (state && state.checklist === content.id && (!newest || state.saved > newest.saved)) newest = state;
  }
  return newest;
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly problem: 'unavailable' | 'quota' };

export function saveState(storage: StorageLike | undefined, state: ChecklistState): SaveResult {
  if (!storage) return { ok: false, problem: 'unavailable' };
  try {
    storage.setItem(storageKey(state.checklist, state.version), JSON.stringify(state));
    return { ok: true };
  } catch (error) {
    const quota = error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return { ok: false, problem: quota ? 'quota' : 'unavailable' };
  }
}

/**
 * Another tab saved this checklist (a `storage` event with `newValue`):
 * `take` when its state is newer than ours, `keep` when ours is newer (and
 * should be saved again so that tab takes ours), `ignore` otherwise.
 */
export function reconcile(current: ChecklistState, newValue: string | null): { action: 'take'; state: ChecklistState } | { action: 'keep' | 'ignore' } {
  const incoming = readState(newValue);
  if (!incoming || incoming.checklist !== current.checklist || incoming.version !== current.version) return { action: 'ignore' };
  if (incoming.saved > current.saved) return { action: 'take', state: incoming };
  if (incoming.saved < current.saved) return { action: 'keep' };
  return { action: 'ignore' };
}
