import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveFramework } from '../../../src/components/competentieroos/framework.js';
import { digCompEdu } from '../../../src/components/competentieroos/frameworks/digcompedu.js';
import { levelValue, maxProfiles, resolveProfile, resolveProfiles, toLevelIds } from '../../../src/components/competentieroos/profiles.js';

const framework = resolveFramework(digCompEdu).framework!;
const index = (id: string) => framework.competences.find((competence) => competence.id === id)!.index;

describe('levelValue', () => {
  it('reads a level id in any case, a 1-based position, or nothing', () => {
    expect(levelValue(framework, 'A1')).toBe(1);
    expect(levelValue(framework, ' b1 ')).toBe(3);
    expect(levelValue(framework, 6)).toBe(6);
    expect(levelValue(framework, null)).toBeNull();
    expect(levelValue(framework, '')).toBeNull();
  });

  it('rejects what is not on the scale', () => {
    expect(levelValue(framework, 'B3')).toBeUndefined();
    expect(levelValue(framework, 0)).toBeUndefined();
    expect(levelValue(framework, 7)).toBeUndefined();
    expect(levelValue(framework, 2.5)).toBeUndefined();
  });
});

describe('resolveProfile', () => {
  it('places each level at its competence and leaves the rest empty', () => {
    const { profile, problems } = resolveProfile(framework, { '1.1': 'B1', '6.5': 'C2' }, 'profile');
    expect(problems).toEqual([]);
    expect(profile!.values[index('1.1')]).toBe(3);
    expect(profile!.values[index('6.5')]).toBe(6);
    expect(profile!.values.filter((value) => value !== null)).toHaveLength(2);
    expect(profile!.values).toHaveLength(22);
  });

  it('reads the labelled form', () => {
    const { profile } = resolveProfile(framework, { label: 'September', levels: { '2.1': 'A2' } }, 'profile');
    expect(profile!.label).toBe('September');
    expect(profile!.values[index('2.1')]).toBe(2);
  });

  it('names unknown competences and levels, and uses the rest', () => {
    const { profile, problems } = resolveProfile(framework, { '1.1': 'B7', '9.9': 'A1', '1.2': 'A2' }, 'profile');
    expect(problems).toEqual([
      { path: 'profile.1.1', kind: 'unknown-level', value: '"B7"', allowed: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] },
      { path: 'profile.9.9', kind: 'unknown-competence', value: '"9.9"' },
    ]);
    expect(profile!.values[index('1.1')]).toBeNull();
    expect(profile!.values[index('1.2')]).toBe(2);
  });

  it('names a level of the wrong type, and a profile of the wrong shape', () => {
    expect(resolveProfile(framework, { label: 'x', levels: { '1.1': true } }, 'comparison').problems).toEqual([
      { path: 'comparison.levels.1.1', kind: 'unknown-level', value: 'true' },
    ]);
    expect(resolveProfile(framework, 'B1', 'profile')).toEqual({ problems: [{ path: 'profile', kind: 'profile', value: '"B1"' }] });
    expect(resolveProfile(framework, { levels: 5 }, 'profile').problems).toEqual([{ path: 'profile.levels', kind: 'profile', value: '5' }]);
  });
});

describe('resolveProfiles', () => {
  it('reads a team, leaving out only the bad profiles', () => {
    const { profiles, problems } = resolveProfiles(framework, [{ '1.1': 'A1' }, 42, { '1.1': 'C2' }], 'profiles');
    expect(profiles.map((profile) => profile.values[index('1.1')])).toEqual([1, 6]);
    expect(problems).toEqual([{ path: 'profiles.1', kind: 'profile', value: '42' }]);
  });

  it('reads a single profile as a list of one', () => {
    expect(resolveProfiles(framework, { '1.1': 'A1' }, 'profile').profiles).toHaveLength(1);
  });

  it('caps a team at maxProfiles and says so', () => {
    const { profiles, problems } = resolveProfiles(framework, Array.from({ length: maxProfiles + 3 }, () => ({})), 'profiles');
    expect(profiles).toHaveLength(maxProfiles);
    expect(problems[0]!.kind).toBe('profiles');
  });
});

describe('toLevelIds', () => {
  it('gives every competence its level id or null', () => {
    const values = framework.competences.map((competence) => (competence.index === 0 ? 2 : null));
    const ids = toLevelIds(framework, values);
    expect(Object.keys(ids)).toHaveLength(22);
    expect(ids['1.1']).toBe('A2');
    expect(ids['6.5']).toBeNull();
  });

  it('round-trips: level ids read back give the same values', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), { minLength: 22, maxLength: 22 }), (values) => {
        const { profile, problems } = resolveProfile(framework, toLevelIds(framework, values), 'profile');
        expect(problems).toEqual([]);
        expect(profile!.values).toEqual(values);
      }),
    );
  });
});
