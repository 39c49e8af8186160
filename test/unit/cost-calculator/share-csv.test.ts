import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConfig } from '../../../src/components/cost-calculator/config.js';
import { buildCsv, csvFormat } from '../../../src/core/csv.js';
import { decimalToString, parseDecimal } from '../../../src/components/cost-calculator/decimal.js';
import { initialForm, scenarioNumberFields, type FormState, type ScenarioDraft } from '../../../src/components/cost-calculator/form.js';
import { decodeState, encodeState } from '../../../src/components/cost-calculator/share.js';
import { readFragmentParam as readFragment, writeFragmentParam as writeFragment } from '../../../src/core/fragment-state.js';

const counter = () => {
  let n = 0;
  return () => `s${++n}`;
};
const names = { reference: (kind: string) => `${kind}`, numbered: (index: number) => `Scenario ${index}` };

/** The form without its session-local scenario ids. */
const withoutIds = (form: FormState) => ({
  ...form,
  parentScenario: form.scenarios.findIndex((s) => s.id === form.parentScenario),
  scenarios: form.scenarios.map(({ id: _id, ...rest }) => rest),
});

describe('URL state', () => {
  it('round-trips the default form', () => {
    const form = initialForm(defaultConfig(), 'nl-BE', names, counter());
    const decoded = decodeState(encodeState(form, 'nl-BE'), 'nl-BE', 6, counter());
    expect(decoded.ok && withoutIds(decoded.form)).toEqual(withoutIds(form));
  });

  it('carries numbers, not their spelling: "1.500" typed in nl-BE reads "1500" in English, "549,90" reads "549.9"', () => {
    const form = initialForm(defaultConfig(), 'nl-BE', names, counter());
    form.scenarios[0]!.price = '1.500';
    form.scenarios[1]!.monthly = '€ 549,90';
    const decoded = decodeState(encodeState(form, 'nl-BE'), 'en', 6, counter());
    expect(decoded.ok && decoded.form.scenarios.map((s) => [s.price, s.monthly])).toEqual([
      ['1500', '19'],
      ['550', '549.9'],
      ['350', '19'],
    ]);
  });

  it('keeps invalid text exactly as typed, so the same error shows after opening the link', () => {
    const form = initialForm(defaultConfig(), 'nl-BE', names, counter());
    form.scenarios[2]!.devices = 'twintig';
    form.staff = '-4';
    const decoded = decodeState(encodeState(form, 'nl-BE'), 'nl-BE', 6, counter());
    expect(decoded.ok && [decoded.form.scenarios[2]!.devices, decoded.form.staff]).toEqual(['twintig', '-4']);
  });

  const text = fc.oneof(
    fc.constant(''),
    fc.integer({ min: 0, max: 10_000_000 }).map(String),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('12,5', '1.234,56', 'abc', '-3', 'é€ "quoted"', '0,05'),
  );
  const arbDraft = fc.record({
    name: fc.string({ maxLength: 30 }),
    acquisition: fc.constantFrom('buy', 'lease', 'refurbished' as const),
    ...Object.fromEntries(scenarioNumberFields.map((field) => [field, text])),
  }) as fc.Arbitrary<Omit<ScenarioDraft, 'id'>>;

  it('round-trips any form, valid or not, within one locale (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbDraft, { minLength: 1, maxLength: 6 }),
        fc.record({ horizon: text, pupils: text, staff: text, funds: text, deposit: text }),
        fc.constantFrom('incl', 'excl' as const),
        fc.constantFrom('primary', 'secondary' as const),
        fc.integer({ min: -1, max: 5 }),
        fc.constantFrom('nl-BE', 'fr-BE', 'en'),
        (drafts, globals, vat, level, parentIndex, locale) => {
          const scenarios = drafts.map((draft, i) => ({ ...draft, id: `x${i}` }));
          const form: FormState = { ...globals, vat, schoolLevel: level, scenarios, parentScenario: scenarios[parentIndex]?.id ?? '' };
          const decoded = decodeState(encodeState(form, locale), locale, 6, counter());
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          // Every field arrives as typed, or respelled as the same number ("007" -> "7"); blanks as empty.
          const same = (before: string, after: string) => {
            if (before === after || (before.trim() === '' && after === '')) return true;
            const [a, b] = [parseDecimal(before, locale), parseDecimal(after, locale)];
            return typeof a === 'object' && typeof b === 'object' && Number(decimalToString(a)) === Number(decimalToString(b));
          };
          decoded.form.scenarios.forEach((draft, i) => {
            expect([draft.name, draft.acquisition]).toEqual([drafts[i]!.name, drafts[i]!.acquisition]);
            for (const field of scenarioNumberFields) expect(same(drafts[i]![field], draft[field]), `${field}: ${drafts[i]![field]} -> ${draft[field]}`).toBe(true);
          });
          for (const key of ['horizon', 'pupils', 'staff', 'funds', 'deposit'] as const) {
            expect(same(form[key], decoded.form[key])).toBe(true);
          }
          expect(decoded.form.schoolLevel).toBe(level);
          expect(decoded.form.vat).toBe(vat);
          expect(decoded.form.parentScenario === '').toBe(scenarios[parentIndex] === undefined);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['not base64', '%%%'],
    ['not JSON', btoa('hello')],
    ['wrong version', btoa(JSON.stringify({ v: 2 }))],
    ['no scenarios', btoa(JSON.stringify({ v: 1, s: [] }))],
    ['too many scenarios', btoa(JSON.stringify({ v: 1, s: Array(7).fill([]) }))],
    ['a malformed scenario', btoa(JSON.stringify({ v: 1, vat: 'i', l: 's', h: 6, pu: null, st: null, f: null, d: null, s: [['a', 'b', 1]] }))],
    ['a bad field', btoa(JSON.stringify({ v: 1, vat: 'i', l: 's', h: { x: 1 }, s: [[]] }))],
  ])('refuses %s with a reason', (_, encoded) => {
    const decoded = decodeState(encoded, 'nl-BE', 6, counter());
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toMatch(/\w/);
  });

  it('reads and writes its own fragment parameter and keeps the host’s', () => {
    expect(readFragment('#intro&kosten=abc', 'kosten')).toBe('abc');
    expect(readFragment('#kosten=abc', 'kost')).toBeUndefined();
    expect(readFragment('', 'kosten')).toBeUndefined();
    expect(writeFragment('#intro', 'kosten', 'xyz')).toBe('#intro&kosten=xyz');
    expect(writeFragment('#intro&kosten=old&tab=2', 'kosten', 'new')).toBe('#intro&tab=2&kosten=new');
    expect(writeFragment('#kosten=old', 'kosten', undefined)).toBe('');
  });
});

describe('CSV', () => {
  it('uses ; and a decimal comma for nl-BE and fr-BE, , and a point for English', () => {
    expect(csvFormat('nl-BE')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvFormat('fr-BE')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvFormat('en')).toEqual({ delimiter: ',', decimal: '.' });
  });

  it('writes a header row, cents with two decimals, numbers with the locale decimal, CRLF line ends', () => {
    const rows = [
      ['Scenario', 'Totaal (EUR)', 'Levensduur (jaar)'],
      ['Nieuw kopen', { cents: 8_250_000 }, 2.5],
      ['Lease', { cents: -5 }, 3],
    ];
    expect(buildCsv(rows, csvFormat('nl-BE'))).toBe(
      'Scenario;Totaal (EUR);Levensduur (jaar)\r\nNieuw kopen;82500,00;2,5\r\nLease;-0,05;3\r\n',
    );
    expect(buildCsv(rows, csvFormat('en'))).toBe('Scenario,Totaal (EUR),Levensduur (jaar)\r\nNieuw kopen,82500.00,2.5\r\nLease,-0.05,3\r\n');
  });

  it('quotes text with separators, quotes or line breaks, and defuses formulas', () => {
    const format = csvFormat('nl-BE');
    expect(buildCsv([['a;b', 'say "hi"', 'two\nlines', 'a,b', ' padded', null]], format)).toBe(
      '"a;b";"say ""hi""";"two\nlines";"a,b";" padded";\r\n',
    );
    expect(buildCsv([['=SUM(A1)', '+1', '-1', '@x', 'ok']], format)).toBe("'=SUM(A1);'+1;'-1;'@x;ok\r\n");
  });

  it('any text survives quoting: unquoting gives the cells back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }).filter((s) => !/^[=+\-@\t\r]/.test(s)), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = buildCsv([cells], { delimiter: ';', decimal: ',' }).slice(0, -2);
        // a minimal RFC 4180 reader for one record
        const parsed: string[] = [];
        let i = 0;
        while (i <= line.length) {
          let value = '';
          if (line[i] === '"') {
            i++;
            while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
              value += line[i];
              i += line[i] === '"' ? 2 : 1;
            }
            i++;
          } else {
            while (i < line.length && line[i] !== ';') value += line[i++];
          }
          parsed.push(value);
          i++;
        }
        expect(parsed).toEqual(cells);
      }),
    );
  });
});
