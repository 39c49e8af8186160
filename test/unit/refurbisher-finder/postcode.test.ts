import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePostcode, provinceOf } from '../../../src/components/refurbisher-finder/postcode.js';

describe('provinceOf: the official ranges', () => {
  // Every range's first and last postcode, as the domain lists them.
  const boundaries: [number, number, string][] = [
    [1000, 1299, 'brussels'],
    [1300, 1499, 'walloon-brabant'],
    [1500, 1999, 'flemish-brabant'],
    [2000, 2999, 'antwerp'],
    [3000, 3499, 'flemish-brabant'],
    [3500, 3999, 'limburg'],
    [4000, 4999, 'liege'],
    [5000, 5999, 'namur'],
    [6000, 6599, 'hainaut'],
    [6600, 6999, 'luxembourg'],
    [7000, 7999, 'hainaut'],
    [8000, 8999, 'west-flanders'],
    [9000, 9999, 'east-flanders'],
  ];

  it.each(boundaries)('%i-%i is %s, at both ends and in the middle', (first, last, province) => {
    expect(provinceOf(first)).toBe(province);
    expect(provinceOf(last)).toBe(province);
    expect(provinceOf(Math.floor((first + last) / 2))).toBe(province);
  });

  it('changes province exactly at each boundary', () => {
    for (let index = 1; index < boundaries.length; index++) {
      const [first] = boundaries[index]!;
      const [, previousLast, previous] = boundaries[index - 1]!;
      expect(previousLast).toBe(first - 1);
      expect(provinceOf(first - 1)).toBe(previous);
    }
  });

  it('has no province outside 1000-9999', () => {
    expect(provinceOf(999)).toBeUndefined();
    expect(provinceOf(0)).toBeUndefined();
    expect(provinceOf(10000)).toBeUndefined();
  });

  it('gives every postcode from 1000 to 9999 exactly the province of the range it falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (postcode) => {
        const matching = boundaries.filter(([first, last]) => postcode >= first && postcode <= last);
        expect(matching).toHaveLength(1);
        expect(provinceOf(postcode)).toBe(matching[0]![2]);
      }),
    );
  });
});

describe('parsePostcode', () => {
  it('reads four digits, with spaces around and an optional B- prefix', () => {
    expect(parsePostcode('9000')).toEqual({ ok: true, postcode: 9000, province: 'east-flanders' });
    expect(parsePostcode(' 2000 ')).toEqual({ ok: true, postcode: 2000, province: 'antwerp' });
    expect(parsePostcode('B-3500')).toMatchObject({ ok: true, province: 'limburg' });
    expect(parsePostcode('b 1000')).toMatchObject({ ok: true, province: 'brussels' });
  });

  it('tells empty, wrongly formed and out-of-range input apart', () => {
    expect(parsePostcode('')).toEqual({ ok: false, error: 'empty' });
    expect(parsePostcode('   ')).toEqual({ ok: false, error: 'empty' });
    for (const text of ['900', '90000', '9o00', '9 000', '9000a', '-900', '9.000']) {
      expect(parsePostcode(text), text).toEqual({ ok: false, error: 'format' });
    }
    expect(parsePostcode('0999')).toEqual({ ok: false, error: 'range' });
    expect(parsePostcode('0000')).toEqual({ ok: false, error: 'range' });
  });

  it('never throws, and accepts exactly the four-digit numbers from 1000', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePostcode(text);
        expect(result.ok).toBe(/^\s*(?:[Bb][\s-]?)?[1-9]\d{3}\s*$/.test(text));
      }),
    );
  });
});
