import { describe, expect, it, vi } from 'vitest';
import { intlTagFor, matchLocale } from '../../src/i18n/locales.js';
import {
  currentLocale,
  isLocaleReady,
  loadLocale,
  msg,
  str,
  withLocale,
  type LocaleLoaders,
} from '../../src/i18n/localize.js';

describe('matchLocale: fallback chain exact language -> nl', () => {
  it.each([
    ['nl-BE', 'nl'],
    ['nl', 'nl'],
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['de-BE', 'nl'],
    ['', 'nl'],
    [null, 'nl'],
    [undefined, 'nl'],
  ])('%s -> %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
});

describe('intlTagFor', () => {
  it('defaults to Belgian formatting per language', () => {
    expect(intlTagFor('nl', null)).toBe('nl-BE');
    expect(intlTagFor('fr', 'fr')).toBe('fr-BE');
    expect(intlTagFor('en', 'de-DE')).toBe('en-BE');
  });

  it("keeps the page's region when it names the same language", () => {
    expect(intlTagFor('fr', 'fr-fr')).toBe('fr-FR');
    expect(intlTagFor('nl', 'nl-NL')).toBe('nl-NL');
  });

  it('ignores an invalid tag', () => {
    expect(intlTagFor('nl', 'nl-!!')).toBe('nl-BE');
  });
});

describe('per-element msg()', () => {
  it('returns the Dutch source when the message has no translation', async () => {
    await loadLocale('fr');
    expect(withLocale('fr', () => msg('Een zin die niemand vertaalde'))).toBe('Een zin die niemand vertaalde');
  });

  it('interpolates str templates in the source locale', () => {
    const count = 3;
    expect(withLocale('nl', () => msg(str`${count} resultaten`))).toBe('3 resultaten');
  });

  it('restores the previous locale after a render, also when it throws', () => {
    expect(currentLocale()).toBe('nl');
    expect(() =>
      withLocale('en', () => {
        expect(currentLocale()).toBe('en');
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(currentLocale()).toBe('nl');
  });

  it('loads each target locale once and reports it ready', async () => {
    expect(isLocaleReady('nl')).toBe(true);
    const first = loadLocale('en');
    const second = loadLocale('en');
    await Promise.all([first, second]);
    expect(isLocaleReady('en')).toBe(true);
  });

  it('translates a known message once its locale is loaded', async () => {
    await loadLocale('fr');
    await loadLocale('en');
    // "(bezig)" is the busy text of the shared button primitive.
    expect(withLocale('fr', () => msg('(bezig)'))).not.toBe('(bezig)');
    expect(withLocale('en', () => msg('(bezig)'))).not.toBe('(bezig)');
    expect(withLocale('nl', () => msg('(bezig)'))).toBe('(bezig)');
  });

  it('keeps catalogues apart: each widget loads and reads only its own', async () => {
    const calls: string[] = [];
    const catalogue = (name: string, busy: string): LocaleLoaders => ({
      fr: async () => {
        calls.push(`${name} fr`);
        // A catalogue is keyed by lit-localize's message ids: take the id of "(bezig)" from the core one.
        const core = await import('../../src/generated/locales/core/fr.js');
        const id = Object.entries(core.templates).find(([, text]) => text === withLocale('fr', () => msg('(bezig)')))![0];
        return { templates: { [id]: busy } };
      },
      en: async () => {
        calls.push(`${name} en`);
        throw new Error('not needed');
      },
    });
    const one = catalogue('one', '(occupé: un)');
    const two = catalogue('two', '(occupé: deux)');
    await loadLocale('fr');
    await loadLocale('fr', one);
    expect(isLocaleReady('fr', two)).toBe(false);
    await loadLocale('fr', two);
    await loadLocale('fr', one);
    expect(calls).toEqual(['one fr', 'two fr']);
    expect(withLocale('fr', () => msg('(bezig)'), one)).toBe('(occupé: un)');
    expect(withLocale('fr', () => msg('(bezig)'), two)).toBe('(occupé: deux)');
  });

  it('never rejects when a locale cannot load: it falls back and says why', async () => {
    vi.resetModules();
    vi.doMock('../../src/generated/locales/core/en.js', () => {
      throw new Error('offline');
    });
    const fresh = await import('../../src/i18n/localize.js');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fresh.loadLocale('en')).resolves.toBeUndefined();
    expect(fresh.isLocaleReady('en')).toBe(true);
    expect(fresh.withLocale('en', () => fresh.msg('(bezig)'))).toBe('(bezig)');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Could not load the "en" translations'), expect.anything());
    error.mockRestore();
    vi.doUnmock('../../src/generated/locales/core/en.js');
  });
});
