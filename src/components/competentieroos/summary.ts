/**
 * The summary under the rose's name: the strongest and weakest areas, and
 * how the profile compares with the comparison. Area scores are the mean of
 * the (median) levels of the competences filled in. Pure, no DOM.
 */
import type { Framework } from './framework.js';

export interface AreaScore {
  readonly areaIndex: number;
  /** Mean level of the competences filled in, or null when none is. */
  readonly mean: number | null;
  readonly filled: number;
  readonly total: number;
}

export interface Comparison {
  /** Competences with a value in both, and how many of them are higher, lower or the same. */
  readonly compared: number;
  readonly higher: number;
  readonly lower: number;
  readonly same: number;
}

export interface RoseSummary {
  readonly scores: readonly AreaScore[];
  /** Area indexes with the highest mean (several when tied); empty when nothing is filled in. */
  readonly strongest: readonly number[];
  readonly weakest: readonly number[];
  readonly filled: number;
  readonly total: number;
  readonly comparison?: Comparison;
}

/** Differences smaller than this are equal (means of quarter levels are exact in binary anyway). */
const epsilon = 1e-9;

export function areaScores(framework: Framework, values: readonly (number | null)[]): AreaScore[] {
  return framework.areas
    .map((area) => {
      const own = framework.competences.filter((competence) => competence.area === area);
      const filled = own.map((competence) => values[competence.index]).filter((value): value is number => value !== null && value !== undefined);
      return {
        areaIndex: area.index,
        mean: filled.length ? filled.reduce((sum, value) => sum + value, 0) / filled.length : null,
        filled: filled.length,
        total: own.length,
      };
    })
    .filter((score) => score.total > 0);
}

export function compare(values: readonly (number | null)[], other: readonly (number | null)[]): Comparison {
  let higher = 0;
  let lower = 0;
  let same = 0;
  values.forEach((value, index) => {
    const theirs = other[index];
    if (value === null || theirs === null || theirs === undefined) return;
    if (value - theirs > epsilon) higher++;
    else if (theirs - value > epsilon) lower++;
    else same++;
  });
  return { compared: higher + lower + same, higher, lower, same };
}

export function summarise(
  framework: Framework,
  values: readonly (number | null)[],
  comparison?: readonly (number | null)[],
): RoseSummary {
  const scores = areaScores(framework, values);
  const scored = scores.filter((score): score is AreaScore & { mean: number } => score.mean !== null);
  const best = Math.max(...scored.map((score) => score.mean));
  const worst = Math.min(...scored.map((score) => score.mean));
  return {
    scores,
    strongest: scored.filter((score) => best - score.mean < epsilon).map((score) => score.areaIndex),
    weakest: scored.filter((score) => score.mean - worst < epsilon).map((score) => score.areaIndex),
    filled: scores.reduce((sum, score) => sum + score.filled, 0),
    total: framework.competences.length,
    ...(comparison ? { comparison: compare(values, comparison) } : {}),
  };
}
