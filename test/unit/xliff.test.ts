/**
 * Every target locale translates every message. `npm test` runs
 * `lit-localize extract` first, so a new msg() without a translation adds a
 * unit with no <target> and fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetLocales } from '../../src/i18n/locales.js';

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

function units(locale: string): Unit[] {
  const xml = readFileSync(new URL(`../../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)"[^>]*>([^]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([^]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target>([^]*?)<\/target>/.exec(body!)?.[1],
  }));
}

const placeholders = (text: string) =>
  [...text.matchAll(/<(?:x|ph)\s[^>]*id="(\d+)"/g)].map((match) => match[1]).sort();

describe.each(targetLocales)('xliff/%s.xlf', (locale) => {
  const list = units(locale);

  it('has translation units', () => {
    expect(list.length).toBeGreaterThan(0);
  });

  it('translates every message', () => {
    const missing = list.filter((unit) => !unit.target?.trim()).map((unit) => `${unit.id}: ${unit.source}`);
    expect(missing, `untranslated in ${locale}:\n${missing.join('\n')}`).toEqual([]);
  });

  it('keeps every placeholder of the source in the translation', () => {
    const broken = list
      .filter((unit) => unit.target !== undefined)
      .filter((unit) => placeholders(unit.source).join() !== placeholders(unit.target!).join())
      .map((unit) => unit.id);
    expect(broken).toEqual([]);
  });

  it('holds the same messages as the other target locales', () => {
    const ids = (l: string) => units(l).map((unit) => unit.id).sort();
    for (const other of targetLocales) expect(ids(locale)).toEqual(ids(other));
  });
});
