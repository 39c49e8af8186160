import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { formatProblems, parseJson, validate } from '../../src/core/data-input.js';

const schema = v.object({
  name: v.pipe(v.string(), v.minLength(1)),
  scenarios: v.array(v.object({ lifetimeYears: v.pipe(v.number(), v.minValue(1)) })),
});

describe('validate', () => {
  it('returns the typed value when valid', () => {
    const result = validate(schema, { name: 'A', scenarios: [{ lifetimeYears: 4 }] });
    expect(result).toEqual({ ok: true, value: { name: 'A', scenarios: [{ lifetimeYears: 4 }] } });
  });

  it('names the path of every bad field', () => {
    const result = validate(schema, { name: '', scenarios: [{ lifetimeYears: 4 }, { lifetimeYears: 0 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual(['name', 'scenarios.1.lifetimeYears']);
    expect(formatProblems(result.problems)).toMatch(/^name: .+\nscenarios\.1\.lifetimeYears: .+/);
  });

  it('reports a wrong top-level type without a path', () => {
    const result = validate(schema, 'nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toBe('');
  });
});

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says where invalid JSON breaks instead of throwing', () => {
    const result = parseJson('{"a":}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/^Not valid JSON: /);
  });
});
