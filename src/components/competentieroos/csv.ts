/**
 * CSV text for spreadsheets (RFC 4180 quoting, CRLF line ends). Belgian
 * Excel reads `;`-separated files with decimal commas, so the separators
 * follow the locale's decimal mark. Pure, no DOM.
 */

export type CsvCell = string | number | null;

export interface CsvFormat {
  readonly delimiter: ';' | ',';
  readonly decimal: ',' | '.';
}

export function csvFormat(intlLocale: string): CsvFormat {
  const decimal = new Intl.NumberFormat(intlLocale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

function cell(value: CsvCell, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 100) / 100).replace('.', format.decimal);
  // Text that starts like a formula would run in a spreadsheet: make it plain text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first one the header) as CSV text. */
export function buildCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  return rows.map((row) => row.map((value) => cell(value, format)).join(format.delimiter)).join('\r\n') + '\r\n';
}

/** Reads CSV text back into rows of text (for tests and round trips): quotes, doubled quotes and line breaks in cells. */
export function parseCsv(text: string, delimiter: ';' | ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(value);
      value = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += char;
  }
  if (value || row.length) rows.push([...row, value]);
  return rows;
}
