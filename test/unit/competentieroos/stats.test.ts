import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, quantile, spreadOf } from '../../../src/components/competentieroos/stats.js';

describe('quantile', () => {
  it('interpolates between ranks like R type 7 and Excel QUARTILE.INC', () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile(sorted, 0.25)).toBe(1.75);
    expect(quantile(sorted, 0.5)).toBe(2.5);
    expect(quantile(sorted, 0.75)).toBe(3.25);
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(4);
    expect(quantile([1, 1, 2, 3, 5, 6], 0.25)).toBe(1.25);
  });

  it('refuses an empty list', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe('spreadOf', () => {
  it('ignores values not filled in', () => {
    expect(spreadOf([3, null, 1, 2, null])).toEqual({ n: 3, median: 2, q1: 1.5, q3: 2.5, min: 1, max: 3 });
  });

  it('is null when nothing is filled in, and flat for one value', () => {
    expect(spreadOf([null, null])).toBeNull();
    expect(spreadOf([4])).toEqual({ n: 1, median: 4, q1: 4, q3: 4, min: 4, max: 4 });
  });

  it('keeps min <= q1 <= median <= q3 <= max, within the values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 60 }), (values) => {
        const spread = spreadOf(values)!;
        expect(spread.min).toBeLessThanOrEqual(spread.q1);
        expect(spread.q1).toBeLessThanOrEqual(spread.median);
        expect(spread.median).toBeLessThanOrEqual(spread.q3);
        expect(spread.q3).toBeLessThanOrEqual(spread.max);
        expect(spread.n).toBe(values.length);
        expect(spread.min).toBe(Math.min(...values));
      }),
    );
  });

  it('has the median of an odd count as one of the values, with half of the values on each side', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 25 }).filter((values) => values.length % 2 === 1), (values) => {
        const { median } = spreadOf(values)!;
        expect(values).toContain(median);
        expect(values.filter((value) => value <= median).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((value) => value >= median).length).toBeGreaterThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('aggregate', () => {
  it('gives each competence the spread of the team', () => {
    const team = [
      [1, 4, null],
      [2, 4, null],
      [3, 6, null],
      [4, 6, null],
    ];
    const [first, second, third] = aggregate(team, 3);
    expect(first).toMatchObject({ n: 4, median: 2.5, q1: 1.75, q3: 3.25 });
    expect(second).toMatchObject({ median: 5, q1: 4, q3: 6 });
    expect(third).toBeNull();
  });
});
