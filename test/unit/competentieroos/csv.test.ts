import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvFormat, parseCsv } from '../../../src/components/competentieroos/csv.js';

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
    expect(buildCsv([[1 / 3, 2.25]], { delimiter: ',', decimal: '.' })).toBe('0.33,2.25\r\n');
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
