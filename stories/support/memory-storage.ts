/**
 * A Web Storage kept in memory, for stories and tests: the checklist saves
 * its answers there and never touches this browser's real storage, and one
 * story or test never meets another's answers.
 */
import type { StorageLike } from '../../src/components/cyber-checklist/storage.js';

export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}
