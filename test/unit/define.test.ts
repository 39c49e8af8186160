import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidPrefix, resolvePrefix } from '../../src/core/define.js';

describe('resolvePrefix outside a browser', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the option, else digi, with no document at all (Node)', () => {
    expect(resolvePrefix()).toBe('digi');
    expect(resolvePrefix({ prefix: 'school' })).toBe('school');
  });

  it('uses digi with a server-rendering DOM shim whose document cannot be queried', () => {
    vi.stubGlobal('document', {});
    expect(resolvePrefix()).toBe('digi');
  });

  it('refuses an invalid prefix with one console error and falls back to digi', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(resolvePrefix({ prefix: 'School-' })).toBe('digi');
    expect(error).toHaveBeenCalledTimes(1);
    expect(isValidPrefix('school-2')).toBe(true);
    error.mockRestore();
  });
});
