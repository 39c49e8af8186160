/**
 * CSV text for spreadsheets (RFC 4180 quoting, CRLF line ends), shared by every
 * widget that offers a CSV download. Belgian Excel reads `;`-separated files
 * with decimal commas, so the separators follow the locale's decimal mark.
 * Text that a spreadsheet would run as a formula is made plain text here, in
 * one place (CSV formula injection). Pure, no DOM.
 */

/** A cell: text, a plain number, an amount in integer cents (written with two decimals) or empty. */
export type CsvCell = string | number | { readonly cents: number } | null;

export interface CsvFormat {
  readonly delimiter: ';' | ',';
  readonly decimal: ',' | '.';
}

/** The separators a spreadsheet expects in `intlLocale`: `;` and `,` where it writes decimal commas. */
export function csvFormat(intlLocale: string): CsvFormat {
  const decimal = new Intl.NumberFormat(intlLocale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

/** Text that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading `'`, so a spreadsheet shows it instead of running it. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function centsText(cents: number): string {
  const digits = String(Math.abs(Math.round(cents))).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function cell(value: CsvCell, format: CsvFormat, maxDecimals: number | undefined): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const scale = maxDecimals === undefined ? 1 : 10 ** maxDecimals;
    return String(maxDecimals === undefined ? value : Math.round(value * scale) / scale).replace('.', format.decimal);
  }
  if (typeof value === 'object') return centsText(value.cents).replace('.', format.decimal);
  const text = defuseFormula(value);
  return /[";,\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows (the first one the header) as CSV text. Numbers are written with the
 * format's decimal mark, rounded to `maxDecimals` when given.
 */
export function buildCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat, maxDecimals?: number): string {
  return rows.map((row) => row.map((value) => cell(value, format, maxDecimals)).join(format.delimiter)).join('\r\n') + '\r\n';
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
