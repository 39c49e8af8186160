import { describe, expect, it } from 'vitest';
import { resolveFramework } from '../../../src/components/competentieroos/framework.js';
import { compare, summarise } from '../../../src/components/competentieroos/summary.js';

const framework = resolveFramework({
  name: 'Test',
  areas: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase() })),
  competences: [
    { id: 'a1', area: 'a', name: 'a1' },
    { id: 'a2', area: 'a', name: 'a2' },
    { id: 'b1', area: 'b', name: 'b1' },
    { id: 'c1', area: 'c', name: 'c1' },
  ],
  levels: ['1', '2', '3', '4'].map((id) => ({ id, name: id })),
}).framework!;

describe('summarise', () => {
  it('finds the strongest and weakest areas by mean level', () => {
    const summary = summarise(framework, [2, 4, 4, 1]);
    expect(summary.scores.map((score) => score.mean)).toEqual([3, 4, 1]);
    expect(summary.strongest).toEqual([1]);
    expect(summary.weakest).toEqual([2]);
    expect(summary.filled).toBe(4);
  });

  it('lists tied areas together and skips areas without values', () => {
    const summary = summarise(framework, [3, null, 3, null]);
    expect(summary.strongest).toEqual([0, 1]);
    expect(summary.weakest).toEqual([0, 1]);
    expect(summary.scores[2]).toEqual({ areaIndex: 2, mean: null, filled: 0, total: 1 });
    expect(summary.filled).toBe(2);
  });

  it('has no strongest or weakest area when nothing is filled in', () => {
    const summary = summarise(framework, [null, null, null, null]);
    expect(summary.strongest).toEqual([]);
    expect(summary.weakest).toEqual([]);
  });

  it('counts higher, lower and equal competences against a comparison, where both have a value', () => {
    expect(summarise(framework, [2, 3, 1, null], [1, 3, 2, 4]).comparison).toEqual({ compared: 3, higher: 1, lower: 1, same: 1 });
    expect(compare([2.5], [2])).toEqual({ compared: 1, higher: 1, lower: 0, same: 0 });
  });
});
