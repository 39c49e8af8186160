import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement, resolvePrefix } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

/** A fresh element class claiming a version, as another copy of the library would. */
const versioned = (version?: string) =>
  class extends HTMLElement {
    static readonly version = version;
  };

/** Each test registers its own tag names: the registry is shared by the whole file. */
let counter = 0;
const uniqueName = (base: string) => `${base}-${++counter}`;

afterEach(() => {
  vi.restoreAllMocks();
  document.head.querySelectorAll('meta[name="digi-widgets-prefix"]').forEach((meta) => meta.remove());
});

const setPrefixMeta = (content: string) => {
  const meta = document.createElement('meta');
  meta.name = 'digi-widgets-prefix';
  meta.content = content;
  document.head.append(meta);
};

describe('defineElement', () => {
  it('registers <digi-name> and returns the tag', () => {
    const name = uniqueName('plain');
    const Element = versioned('1.0.0');
    expect(defineElement(name, Element)).toBe(`digi-${name}`);
    expect(customElements.get(`digi-${name}`)).toBe(Element);
  });

  it('skips a taken tag with one warning naming both versions, however often it is tried', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueName('twice');
    const First = versioned('1.2.3');
    defineElement(name, First);

    expect(() => defineElement(name, versioned('4.5.6'))).not.toThrow();
    expect(defineElement(name, versioned('7.8.9'))).toBe(`digi-${name}`);

    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    expect(message).toContain(`<digi-${name}>`);
    expect(message).toContain('1.2.3');
    expect(message).toContain('4.5.6');
    expect(customElements.get(`digi-${name}`)).toBe(First);
  });

  it("names this library's version for a copy whose class does not state one", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueName('unversioned');
    defineElement(name, versioned('0.0.1'));
    defineElement(name, versioned());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(`version ${VERSION}`);
  });

  it('does not warn when the same class is defined again under the same tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueName('same');
    const Element = versioned('1.0.0');
    defineElement(name, Element);
    defineElement(name, Element);
    expect(warn).not.toHaveBeenCalled();
  });

  it('registers the same class under a second prefix', () => {
    const name = uniqueName('prefixed');
    const Element = versioned('1.0.0');
    expect(defineElement(name, Element)).toBe(`digi-${name}`);
    expect(defineElement(name, Element, { prefix: 'school' })).toBe(`school-${name}`);
    expect(document.createElement(`school-${name}`)).toBeInstanceOf(Element);
    expect(document.createElement(`digi-${name}`)).toBeInstanceOf(Element);
  });

  it('does not warn when the same class is defined again under its second prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueName('second-again');
    const Element = versioned('1.0.0');
    defineElement(name, Element);
    defineElement(name, Element, { prefix: 'school' });
    expect(defineElement(name, Element, { prefix: 'school' })).toBe(`school-${name}`);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns when another copy meets a tag registered under a second prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const name = uniqueName('second-clash');
    const Element = versioned('1.0.0');
    defineElement(name, Element);
    defineElement(name, Element, { prefix: 'school' });
    defineElement(name, versioned('2.0.0'), { prefix: 'school' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(`<school-${name}>`);
    expect(String(warn.mock.calls[0]![0])).toContain('2.0.0');
  });

  it('takes the prefix from <meta name="digi-widgets-prefix">, and the option over the meta', () => {
    setPrefixMeta(' campus ');
    const name = uniqueName('meta');
    expect(resolvePrefix()).toBe('campus');
    expect(defineElement(name, versioned('1.0.0'))).toBe(`campus-${name}`);
    expect(customElements.get(`digi-${name}`)).toBeUndefined();
    expect(defineElement(name, versioned('1.0.0'), { prefix: 'klas' })).toBe(`klas-${name}`);
  });

  it.each(['School', 'my_school', 'school-', '1school', 'sch ool'])(
    'falls back to digi with one console error for the invalid prefix "%s"',
    (prefix) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const name = uniqueName('invalid');
      expect(defineElement(name, versioned('1.0.0'), { prefix })).toBe(`digi-${name}`);
      expect(customElements.get(`digi-${name}`)).toBeDefined();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0]![0])).toContain(`"${prefix}"`);
    },
  );

  it('falls back to digi with a console error for an invalid prefix in the meta tag', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    setPrefixMeta('Mijn School');
    const name = uniqueName('invalid-meta');
    expect(defineElement(name, versioned('1.0.0'))).toBe(`digi-${name}`);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('"Mijn School"');
  });
});
