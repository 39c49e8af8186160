/**
 * A team's levels per competence: the median and the quartiles, so the rose
 * shows where the middle half of the team stands. Quartiles are interpolated
 * between ranks (the method of R's default and Excel's QUARTILE.INC), so a
 * quartile can fall between two levels. Pure, no DOM.
 */
import type { Values } from './profiles.js';

export interface Spread {
  /** How many profiles have a value for this competence. */
  readonly n: number;
  readonly median: number;
  /** First and third quartile: the middle half of the values lies between them. */
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

/** The p-quantile (0…1) of values sorted ascending, interpolating between ranks. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const rank = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const below = Math.floor(rank);
  const fraction = rank - below;
  const low = sorted[below]!;
  return fraction === 0 ? low : low + (sorted[below + 1]! - low) * fraction;
}

/** Median, quartiles and range of the values that are filled in; null when none is. */
export function spreadOf(values: readonly (number | null)[]): Spread | null {
  const sorted = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Per competence (by index), the spread over all profiles. */
export function aggregate(profiles: readonly Values[], competenceCount: number): (Spread | null)[] {
  return Array.from({ length: competenceCount }, (_, index) => spreadOf(profiles.map((values) => values[index] ?? null)));
}
