/**
 * Ordering refurbishers by distance, name or last update. Pure.
 *
 * Comparing names in a locale (`Intl.Collator`) is the slow part, so the
 * name order is made once per feed and locale (`sortByName`); the other
 * orders re-sort that list by a number (`reorder`), and since sorting is
 * stable, equal distances or dates stay in name order. Filtering keeps the
 * order, so a filter change never sorts.
 */
import { distanceKm } from './geo.js';
import type { Coordinates } from './model.js';

export const sortKeys = ['distance', 'name', 'updated'] as const;
export type SortKey = (typeof sortKeys)[number];

interface Sortable {
  readonly record: { readonly id: string; readonly name: string; readonly updated: string; readonly address: { readonly coordinates?: Coordinates } };
}

/** A copy in name order (`compareNames`: an `Intl.Collator`'s compare for the widget's locale); equal names by id. */
export function sortByName<T extends Sortable>(entries: readonly T[], compareNames: (a: string, b: string) => number): T[] {
  return [...entries].sort((a, b) => compareNames(a.record.name, b.record.name) || (a.record.id < b.record.id ? -1 : 1));
}

/**
 * A copy of `byName` (from `sortByName`) in `key` order. By distance from
 * `origin`: nearest first, unknown locations last (by name when there is no
 * origin). By update: most recent first. Ties keep the name order.
 */
export function reorder<T extends Sortable>(byName: readonly T[], key: SortKey, origin?: Coordinates): T[] {
  if (key === 'name' || (key === 'distance' && !origin)) return [...byName];
  // Each position becomes one number, key x n + position, so a plain numeric sort of a typed
  // array (no comparator) orders by key and keeps the name order for equal keys. Keys are whole
  // numbers: days as 99999999 - YYYYMMDD, distances in metres (unknown: farther than any).
  const n = byName.length;
  const packed = new Float64Array(n);
  byName.forEach(({ record }, index) => {
    const at = record.address.coordinates;
    const sortKey =
      key === 'updated'
        ? 99_999_999 - Number(record.updated.replaceAll('-', ''))
        : at
          ? Math.round(distanceKm(origin!, at) * 1000)
          : 40_100_000;
    packed[index] = sortKey * n + index;
  });
  packed.sort();
  return Array.from(packed, (value) => byName[value % n]!);
}

/** `sortByName` then `reorder`: for one-off use (tests); the widget keeps the name order between changes. */
export function sortEntries<T extends Sortable>(
  entries: readonly T[],
  key: SortKey,
  compareNames: (a: string, b: string) => number,
  origin?: Coordinates,
): T[] {
  return reorder(sortByName(entries, compareNames), key, origin);
}
