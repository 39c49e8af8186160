/**
 * CSV text for spreadsheets (RFC 4180 quoting, CRLF line ends). Belgian
 * Excel reads `;`-separated files with decimal commas, so the separators
 * follow the locale's decimal mark. Pure, no DOM.
 */
import { decimalSeparator, scaledToString } from './decimal.js';

/** A cell: text, a plain number, an amount in cents (written with two decimals) or empty. */
export type CsvCell = string | number | { cents: number } | null;

export interface CsvFormat {
  delimiter: ';' | ',';
  decimal: ',' | '.';
}

export function csvFormat(intlLocale: string): CsvFormat {
  return decimalSeparator(intlLocale) === ',' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

function cell(value: CsvCell, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', format.decimal);
  if (typeof value === 'object') return scaledToString(value.cents, 2, true).replace('.', format.decimal);
  // Text that starts like a formula would run in a spreadsheet: make it plain text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first one the header) as CSV text. */
export function buildCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  return rows.map((row) => row.map((value) => cell(value, format)).join(format.delimiter)).join('\r\n') + '\r\n';
}
