import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deviceTypes, languages, services } from '../../../src/components/refurbisher-finder/model.js';
import { readFragmentParam as readFragment, writeFragmentParam as writeFragment } from '../../../src/core/fragment-state.js';
import { decodeState, encodeState, type SharedState } from '../../../src/components/refurbisher-finder/url-state.js';

const state: fc.Arbitrary<SharedState> = fc.record({
  postcode: fc.string({ maxLength: 12 }).map((text) => text.trim()),
  query: fc.string({ maxLength: 40 }).map((text) => text.trim()),
  deviceTypes: fc.subarray([...deviceTypes]),
  services: fc.subarray([...services]),
  languages: fc.subarray([...languages]),
  devices: fc.string({ maxLength: 6 }).map((text) => text.trim()),
  sort: fc.constantFrom(undefined, 'distance', 'name', 'updated' as const),
  compare: fc.array(fc.stringMatching(/^[\w.-]{1,20}$/), { maxLength: 3 }),
});

describe('link state', () => {
  it('round-trips any search through the fragment, the host page’s own parts kept', () => {
    fc.assert(
      fc.property(state, fc.constantFrom('', '#intro', '#a=1&b=x%20y'), (value, hash) => {
        const written = writeFragment(hash, 'digi-refurbishers', encodeState(value));
        expect(decodeState(readFragment(written, 'digi-refurbishers') ?? '')).toEqual(value);
        for (const part of hash.replace('#', '').split('&').filter(Boolean)) expect(written.split(/[#&]/)).toContain(part);
      }),
    );
  });

  it('writes a short, readable value and removes it when the search is empty', () => {
    const value = encodeState({ postcode: '9000', query: '', deviceTypes: ['laptop', 'tablet'], services: [], languages: [], devices: '', sort: 'name', compare: [] });
    expect(value).toBe('pc=9000&d=laptop.tablet&sort=name');
    expect(writeFragment('#intro&digi-refurbishers=x', 'digi-refurbishers', '')).toBe('#intro');
    expect(writeFragment('#digi-refurbishers=x', 'digi-refurbishers', '')).toBe('');
  });

  it('drops what it does not know, and never throws on damaged input', () => {
    expect(decodeState('d=laptop.typewriter&s=pickup.x&l=xx.fr&sort=random&c=a%20b%20c%20d')).toEqual({
      postcode: '',
      query: '',
      deviceTypes: ['laptop'],
      services: ['pickup'],
      languages: ['fr'],
      devices: '',
      sort: undefined,
      compare: ['a', 'b', 'c'],
    });
    expect(readFragment('#digi-refurbishers=%E0%A4%A', 'digi-refurbishers')).toBeUndefined();
    fc.assert(fc.property(fc.string(), (text) => void decodeState(text)));
  });
});

describe('link state: "Purge of beter"', () => {
  const empty: SharedState = { postcode: '', query: '', deviceTypes: [], services: [], languages: [], devices: '', compare: [] };

  it('is written as w=purge and read back; anything else for w is dropped', () => {
    expect(encodeState({ ...empty, services: ['certified-wiping'], purgeOrBetter: true })).toBe('s=certified-wiping&w=purge');
    expect(encodeState({ ...empty, purgeOrBetter: false })).toBe('');
    expect(decodeState('w=purge').purgeOrBetter).toBe(true);
    expect(decodeState('w=clear').purgeOrBetter).toBeUndefined();
    expect(decodeState('w=').purgeOrBetter).toBeUndefined();
    // A link from before the filter existed reads as before.
    expect(decodeState('pc=9000&s=certified-wiping')).toEqual({ ...empty, postcode: '9000', services: ['certified-wiping'] });
  });

  it('round-trips with the rest of the search', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(undefined, true), (value, purgeOrBetter) => {
        const withIt = { ...value, purgeOrBetter };
        expect(decodeState(encodeState(withIt))).toEqual(withIt);
      }),
    );
  });
});
