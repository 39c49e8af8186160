import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { distanceKm } from '../../../src/components/refurbisher-finder/geo.js';
import { reorder, sortByName, sortEntries } from '../../../src/components/refurbisher-finder/sort.js';
import { records, refurbisher } from './arbitraries.js';

const nl = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true }).compare;
const wrap = (list: ReturnType<typeof refurbisher>[]) => list.map((record) => ({ record }));
const names = (list: { record: { name: string } }[]) => list.map((e) => e.record.name);

describe('sortEntries', () => {
  const list = wrap([
    refurbisher({ id: 'a', name: 'Zebra', updated: '2026-01-01', address: { postcode: '8400', city: 'Oostende', coordinates: { lat: 51.22, lon: 2.93 } } }),
    refurbisher({ id: 'b', name: 'Ötzi', updated: '2026-06-01', address: { postcode: '2000', city: 'Antwerpen', coordinates: { lat: 51.22, lon: 4.4 } } }),
    refurbisher({ id: 'c', name: 'apfel', updated: '2025-01-01', address: { postcode: '2800', city: 'Mechelen' } }),
    refurbisher({ id: 'd', name: '10 Toestellen', updated: '2026-06-01', address: { postcode: '9000', city: 'Gent', coordinates: { lat: 51.05, lon: 3.72 } } }),
    refurbisher({ id: 'e', name: '9 Toestellen', updated: '2024-01-01', address: { postcode: '3000', city: 'Leuven', coordinates: { lat: 50.88, lon: 4.7 } } }),
  ]);

  it('by name, as the locale sorts (accents, case and numbers included)', () => {
    expect(names(sortEntries(list, 'name', nl))).toEqual(['9 Toestellen', '10 Toestellen', 'apfel', 'Ötzi', 'Zebra']);
  });

  it('by update, most recent first, ties by name', () => {
    expect(names(sortEntries(list, 'updated', nl))).toEqual(['10 Toestellen', 'Ötzi', 'Zebra', 'apfel', '9 Toestellen']);
  });

  it('by distance, to the metre: records less than a metre apart stay in name order', () => {
    const at = (lon: number) => ({ postcode: '9000', city: 'Gent', coordinates: { lat: 49.5, lon } });
    const close = wrap([
      refurbisher({ id: 'p', name: 'B', address: at(2.5) }),
      refurbisher({ id: 'q', name: 'A', address: at(2.5000000000000004) }),
    ]);
    expect(names(sortEntries(close, 'distance', nl, { lat: 49.5, lon: 2.5000000000000004 }))).toEqual(['A', 'B']);
  });

  it('by distance, nearest first, unknown locations last', () => {
    const gent = { lat: 51.05, lon: 3.72 };
    expect(names(sortEntries(list, 'distance', nl, gent))).toEqual(['10 Toestellen', 'Ötzi', 'Zebra', '9 Toestellen', 'apfel']);
  });

  it('re-sorts a name order without comparing names again, ties staying in name order', () => {
    const byName = sortByName(list, nl);
    const compare = vi.fn(nl);
    expect(names(reorder(byName, 'updated'))).toEqual(names(sortEntries(list, 'updated', compare)));
    const same = wrap([
      refurbisher({ id: 'x', name: 'B', updated: '2026-01-01' }),
      refurbisher({ id: 'y', name: 'A', updated: '2026-01-01' }),
      refurbisher({ id: 'z', name: 'C', updated: '2026-02-01' }),
    ]);
    expect(names(reorder(sortByName(same, nl), 'updated'))).toEqual(['C', 'A', 'B']);
  });

  it('falls back to names when asked for distance without an origin', () => {
    expect(names(sortEntries(list, 'distance', nl))).toEqual(names(sortEntries(list, 'name', nl)));
  });

  it('returns a sorted permutation for any records, key and origin, and leaves the input alone', () => {
    const origin = fc.record({ lat: fc.double({ min: 49.5, max: 51.5, noNaN: true }), lon: fc.double({ min: 2.5, max: 6.4, noNaN: true }) });
    fc.assert(
      fc.property(records(), fc.constantFrom('name', 'updated', 'distance') as fc.Arbitrary<'name' | 'updated' | 'distance'>, origin, (raw, key, from) => {
        const entries = wrap(raw);
        const before = entries.map((e) => e.record.id);
        const sorted = sortEntries(entries, key, nl, from);
        // The order is to the metre: nearer than a metre counts as equally near (then by name).
        const distance = (r: (typeof raw)[number]) => (r.address.coordinates ? Math.round(distanceKm(from, r.address.coordinates) * 1000) : Infinity);
        expect(entries.map((e) => e.record.id)).toEqual(before);
        expect([...sorted.map((e) => e.record.id)].sort()).toEqual([...before].sort());
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!.record, sorted[i]!.record];
          if (key === 'updated') expect(a.updated >= b.updated).toBe(true);
          if (key === 'name') expect(nl(a.name, b.name)).toBeLessThanOrEqual(0);
          if (key === 'distance') expect(distance(a)).toBeLessThanOrEqual(distance(b));
          // Ties in name order.
          if ((key === 'updated' && a.updated === b.updated) || (key === 'distance' && distance(a) === distance(b))) {
            expect(nl(a.name, b.name)).toBeLessThanOrEqual(0);
          }
        }
      }),
    );
  });
});
