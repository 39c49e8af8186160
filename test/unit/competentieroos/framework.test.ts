import { describe, expect, it } from 'vitest';
import { drawnAreas, languageOf, resolveFramework, textIn, valueAt, type FrameworkInput } from '../../../src/components/competentieroos/framework.js';
import { digComp22 } from '../../../src/components/competentieroos/frameworks/digcomp.js';
import { digCompEdu } from '../../../src/components/competentieroos/frameworks/digcompedu.js';
import { modules19 } from '../../../src/components/competentieroos/frameworks/modules19.js';
import { isPresetId, loadPreset, presetFramework, presetIds } from '../../../src/components/competentieroos/presets.js';
import { describeProblem } from '../../../src/components/competentieroos/problems.js';

const small: FrameworkInput = {
  name: 'Test',
  areas: [
    { id: 'a', name: 'Area A' },
    { id: 'b', name: { fr: 'Domaine B' } },
  ],
  competences: [
    { id: 'b1', area: 'b', name: 'B one' },
    { id: 'a1', area: 'a', name: 'A one' },
    { id: 'a-long-id', area: 'a', name: 'A two', description: 'Two' },
  ],
  levels: [
    { id: 'low', name: 'Low' },
    { id: 'high', name: 'High' },
  ],
};

const paths = (input: unknown) => resolveFramework(input).problems.map((problem) => `${problem.path} ${problem.kind}`);

describe('built-in frameworks', () => {
  it.each([
    ['digcompedu', digCompEdu, 6, 22, ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']],
    ['digcomp-2.2', digComp22, 5, 21, ['1', '2', '3', '4', '5', '6', '7', '8']],
    ['modules-19', modules19, 4, 19, ['1', '2', '3', '4']],
  ] as const)('%s: resolves without problems, with its areas, competences and levels', (id, input, areas, competences, levels) => {
    const { framework, problems } = resolveFramework(input);
    expect(problems).toEqual([]);
    expect(framework!.id).toBe(id);
    expect(framework!.areas).toHaveLength(areas);
    expect(framework!.competences).toHaveLength(competences);
    expect(framework!.levels.map((level) => level.id)).toEqual(levels);
    expect(drawnAreas(framework!)).toHaveLength(areas);
  });

  it.each([digCompEdu, digComp22, modules19])('names every area, competence and level in Dutch, French and English', (input) => {
    const framework = resolveFramework(input).framework!;
    for (const item of [...framework.areas, ...framework.competences, ...framework.levels, framework]) {
      for (const locale of ['nl', 'fr', 'en'] as const) expect(item.name[locale], JSON.stringify(item.name)).toMatch(/\S/);
    }
  });

  it('has DigCompEdu area 2 with 3 competences and area 6 with 5, as in the JRC framework', () => {
    const framework = resolveFramework(digCompEdu).framework!;
    const count = (area: string) => framework.competences.filter((competence) => competence.area.id === area).length;
    expect([1, 2, 3, 4, 5, 6].map((area) => count(String(area)))).toEqual([4, 3, 4, 3, 3, 5]);
    expect(framework.competences.map((competence) => competence.code).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(textIn(framework.levels[2]!.name, 'nl')).toBe('Gebruiker');
  });

  it('has DigComp 2.2 areas of 3, 6, 4, 4 and 4 competences', () => {
    const framework = resolveFramework(digComp22).framework!;
    expect(framework.areas.map((area) => framework.competences.filter((competence) => competence.area === area).length)).toEqual([3, 6, 4, 4, 4]);
  });

  it('loads the default preset at once and the others lazily', async () => {
    expect(loadPreset('digcompedu')).toBe(digCompEdu);
    const lazy = loadPreset('digcomp-2.2');
    expect(lazy).toBeInstanceOf(Promise);
    expect(await lazy).toBe(digComp22);
    expect(await loadPreset('modules-19')).toBe(modules19);
    expect(presetIds.every(isPresetId)).toBe(true);
    expect(isPresetId('digcomp')).toBe(false);
  });
});

describe('resolveFramework', () => {
  it('groups competences by area, in area order, and numbers them in that order', () => {
    const framework = resolveFramework(small).framework!;
    expect(framework.competences.map((competence) => [competence.id, competence.index, competence.area.id])).toEqual([
      ['a1', 0, 'a'],
      ['a-long-id', 1, 'a'],
      ['b1', 2, 'b'],
    ]);
  });

  it('gives defaults: area codes and colours by position, short ids as codes, else the position', () => {
    const framework = resolveFramework(small).framework!;
    expect(framework.areas.map((area) => [area.code, area.color])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(framework.competences.map((competence) => competence.code)).toEqual(['a1', '2', 'b1']);
    expect(framework.id).toBe('custom');
  });

  it('takes a plain text as Dutch, and falls back to Dutch, English, then French', () => {
    const framework = resolveFramework(small).framework!;
    expect(framework.areas[0]!.name).toEqual({ nl: 'Area A' });
    expect(textIn(framework.areas[0]!.name, 'fr')).toBe('Area A');
    expect(languageOf(framework.areas[0]!.name, 'fr')).toBe('nl');
    expect(textIn(framework.areas[1]!.name, 'en')).toBe('Domaine B');
    expect(languageOf(framework.areas[1]!.name, 'en')).toBe('fr');
    expect(textIn({ en: 'Only English' }, 'nl')).toBe('Only English');
  });

  it('names the field of each structural problem', () => {
    expect(paths({})).toEqual(['framework.name required', 'framework.areas required', 'framework.competences required', 'framework.levels required']);
    expect(paths('DigCompEdu')).toEqual(['framework object']);
    expect(paths({ ...small, areas: 'a, b' })).toEqual(['framework.areas list']);
    expect(paths({ ...small, levels: [{ id: 'only', name: 'One' }] })).toEqual(['framework.levels levels']);
    expect(paths({ ...small, areas: [] })).toEqual(['framework.areas areas']);
    expect(paths({ ...small, competences: [{ id: '', area: 'a', name: 'x' }] })).toEqual(['framework.competences.0.id id']);
    expect(paths({ ...small, competences: [{ id: 'x', area: 'a', name: 5 }] })).toEqual(['framework.competences.0.name text']);
    expect(paths({ ...small, competences: [{ id: 'x', area: 'a', name: {} }] })).toEqual(['framework.competences.0.name text']);
    expect(paths({ ...small, areas: [{ id: 'a', name: 'A', color: 9 }] })).toContain('framework.areas.0.color color');
    expect(paths({ ...small, areas: [{ id: 'a', name: 'A', code: 'toolong' }, small.areas[1]] })).toEqual(['framework.areas.0.code code']);
    expect(paths({ ...small, competences: [{ area: 'a', name: 'x' }] })).toEqual(['framework.competences.0.id required']);
  });

  it('reports duplicate ids (levels regardless of case) and competences in unknown areas', () => {
    const result = resolveFramework({
      ...small,
      areas: [...small.areas, { id: 'a', name: 'Again' }],
      competences: [...small.competences, { id: 'a1', area: 'c', name: 'Twice' }],
      levels: [...small.levels, { id: 'LOW', name: 'Low again' }],
    });
    expect(result.framework).toBeUndefined();
    expect(result.problems.map((problem) => `${problem.path} ${problem.kind}`)).toEqual([
      'framework.areas.2.id duplicate',
      'framework.competences.3.id duplicate',
      'framework.levels.2.id duplicate',
      'framework.competences.3.area unknown-area',
    ]);
    expect(result.problems[3]!.allowed).toEqual(['a', 'b', 'a']);
  });

  it('says each problem in English for the console, with what it found', () => {
    const [problem] = resolveFramework({ ...small, competences: [{ id: 'x', area: 'a', name: 5 }] }).problems;
    expect(describeProblem(problem!)).toBe(
      'framework.competences.0.name must be a text, or an object with texts per language (nl, fr, en), of at most 300 characters (found 5).',
    );
    expect(describeProblem({ path: 'framework', kind: 'preset', value: '"digcomp"', allowed: ['digcompedu', 'digcomp-2.2'] })).toBe(
      'framework is not a built-in framework (found "digcomp"); use one of: digcompedu, digcomp-2.2.',
    );
  });

  it('accepts 60 competences (and up to 100)', () => {
    const competences = Array.from({ length: 60 }, (_, index) => ({ id: `c${index}`, area: 'a', name: `C${index}` }));
    expect(resolveFramework({ ...small, competences }).framework!.competences).toHaveLength(60);
    expect(paths({ ...small, competences: [...competences, ...competences.map((c) => ({ ...c, id: `${c.id}b` }))] })).toEqual([
      'framework.competences competences',
    ]);
  });
});

describe('valueAt', () => {
  it('follows dotted paths whose keys contain dots', () => {
    const input = { levels: { '1.1': 'B7', a: { b: 1 } }, list: [0, { x: 2 }] };
    expect(valueAt(input, 'levels.1.1')).toBe('B7');
    expect(valueAt(input, 'levels.a.b')).toBe(1);
    expect(valueAt(input, 'list.1.x')).toBe(2);
    expect(valueAt(input, 'levels.missing')).toBeUndefined();
    expect(valueAt(input, '')).toBe(input);
  });
});

describe('presetFramework', () => {
  it('gives each preset exactly what validation would, made once', () => {
    for (const input of [digCompEdu, digComp22, modules19]) {
      expect(presetFramework(input)).toEqual(resolveFramework(input).framework);
      expect(presetFramework(input)).toBe(presetFramework(input));
    }
  });
});
