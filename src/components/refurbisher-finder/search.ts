/**
 * Free-text search: every word typed must occur somewhere in the entry's
 * searchable text, ignoring case and accents ("liege" finds "Liège"). Pure.
 */

/** Lower case without accents, so comparisons ignore both. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query, folded; empty for a blank query. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/[\s,;]+/).filter(Boolean);
}

/** Whether every word occurs in `folded` (text already passed through `foldText`). */
export function matchesWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
