import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFragmentParam, shareKeyFor, writeFragmentParam } from '../../../src/core/fragment-state.js';

describe('fragment parameters', () => {
  it('reads one parameter and leaves the host page\'s other parts alone when writing', () => {
    expect(readFragmentParam('#intro&kosten=abc', 'kosten')).toBe('abc');
    expect(readFragmentParam('#intro', 'kosten')).toBeUndefined();
    expect(writeFragmentParam('#intro&kosten=old', 'kosten', 'new')).toBe('#intro&kosten=new');
    expect(writeFragmentParam('#intro&kosten=old', 'kosten', undefined)).toBe('#intro');
    expect(writeFragmentParam('#kosten=old', 'kosten', '')).toBe('');
  });

  it('encodes values, so & = # and spaces survive, and reads a broken encoding as absent', () => {
    const hash = writeFragmentParam('#top', 'f', 'a&b=c #d é');
    expect(hash).toBe('#top&f=a%26b%3Dc%20%23d%20%C3%A9');
    expect(readFragmentParam(hash, 'f')).toBe('a&b=c #d é');
    expect(readFragmentParam('#f=%E0%A4%A', 'f')).toBeUndefined();
  });

  it('round-trips any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.stringMatching(/^[\w-]{1,10}$/), (value, key) => {
        expect(readFragmentParam(writeFragmentParam('#intro&other=1', key, value), key)).toBe(value);
      }),
    );
  });

  it('share-url: off without the attribute, the fallback name for an empty or invalid one', () => {
    expect(shareKeyFor(null, 'digi-cost')).toBeNull();
    expect(shareKeyFor(undefined, 'digi-cost')).toBeNull();
    expect(shareKeyFor('', 'digi-cost')).toBe('digi-cost');
    expect(shareKeyFor('kosten 2', 'digi-cost')).toBe('digi-cost');
    expect(shareKeyFor('kosten_2', 'digi-cost')).toBe('kosten_2');
  });
});
