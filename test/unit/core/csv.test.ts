import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvFormat, defuseFormula, parseCsv } from '../../../src/core/csv.js';

describe('csv', () => {
  it('uses ; and decimal commas where the locale writes decimal commas', () => {
    expect(csvFormat('nl-BE')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvFormat('fr-BE')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvFormat('en-GB')).toEqual({ delimiter: ',', decimal: '.' });
    expect(buildCsv([['Mediaan', 2.5, null]], csvFormat('nl-BE'))).toBe('Mediaan;2,5;\r\n');
  });

  it('quotes cells with separators, quotes or line breaks, and defuses formulas', () => {
    const text = buildCsv([['a;b', 'say "hi"', 'two\nlines', '=SUM(A1)', '-1']], { delimiter: ';', decimal: ',' });
    expect(text).toBe('"a;b";"say ""hi""";"two\nlines";\'=SUM(A1);\'-1\r\n');
  });

  it('rounds numbers to two decimals', () => {
    expect(buildCsv([[1 / 3, 2.25]], { delimiter: ',', decimal: '.' }, 2)).toBe('0.33,2.25\r\n');
    expect(buildCsv([[1 / 3]], { delimiter: ',', decimal: '.' })).toBe(`${1 / 3}\r\n`);
  });

  it('writes cents with two decimals, also below one euro and negative', () => {
    expect(buildCsv([[{ cents: 8_250_000 }, { cents: -5 }, { cents: 0 }]], { delimiter: ';', decimal: ',' })).toBe('82500,00;-0,05;0,00\r\n');
  });

  it('defuses every formula start and leaves other text alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(defuseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(defuseFormula('1+1')).toBe('1+1');
  });

  it('round-trips any text that does not look like a formula', () => {
    const safeText = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((text) => !/^[=+\-@\t\r]/.test(text));
    fc.assert(
      fc.property(fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(';', ','), (rows, delimiter) => {
        const format = delimiter === ';' ? ({ delimiter, decimal: ',' } as const) : ({ delimiter, decimal: '.' } as const);
        // An empty single-cell row is indistinguishable from an empty line, as in every CSV reader.
        fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
        expect(parseCsv(buildCsv(rows, format), delimiter)).toEqual(rows);
      }),
    );
  });
});
