import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarnOnce } from '../../../src/core/warn-once.js';

afterEach(() => vi.restoreAllMocks());

describe('WarnOnce', () => {
  it('says each line once, with its prefix and details', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const warnings = new WarnOnce('[digi-widgets] <digi-x>');
    const error = new Error('boom');
    expect(warnings.warn('config horizonYears: too long', error)).toBe(true);
    expect(warnings.warn('config horizonYears: too long')).toBe(false);
    expect(warnings.warn('attribute vat="x": expected one of incl, excl')).toBe(true);
    expect(warn.mock.calls).toEqual([
      ['[digi-widgets] <digi-x> config horizonYears: too long', error],
      ['[digi-widgets] <digi-x> attribute vat="x": expected one of incl, excl'],
    ]);
  });

  it('keeps a separate memory per widget instance', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    new WarnOnce('a').warn('same');
    new WarnOnce('a').warn('same');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
