/** The rose's events, `digi-competence-select` and `digi-competence-change`: their details and typed listeners. Pure, no DOM. */
import type { Framework } from './framework.js';
import type { RoseData } from './input.js';
import type { Spread } from './stats.js';

/** The detail of `digi-competence-select`. */
export interface CompetenceSelectDetail {
  competence: string;
  area: string;
  /** The level id, when the value is a whole level (a team's median may fall between two). */
  level: string | null;
  /** 1 for the lowest level; the median for a team; null when not filled in. */
  value: number | null;
  comparisonLevel: string | null;
  comparisonValue: number | null;
}

/** The detail of `digi-competence-change`. */
export interface CompetenceChangeDetail {
  competence: string;
  area: string;
  /** The new level id, or null when set to "not filled in". */
  level: string | null;
  /** The whole profile after the change, as `profile` accepts it. */
  profile: Record<string, string | null>;
}

/** The events `<digi-competentieroos>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiCompetentieroosEventMap {
  'digi-competence-select': CustomEvent<CompetenceSelectDetail>;
  'digi-competence-change': CustomEvent<CompetenceChangeDetail>;
}

declare global {
  // Typed `addEventListener('digi-competence-select', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-competence-select': CustomEvent<CompetenceSelectDetail>;
    'digi-competence-change': CustomEvent<CompetenceChangeDetail>;
  }
}

/** The detail of selecting the competence at `index`. */
export function selectDetail(framework: Framework, data: RoseData, index: number): CompetenceSelectDetail {
  const competence = framework.competences[index]!;
  const main = data.main.spreads[index] ?? null;
  const other = data.comparison?.spreads[index] ?? null;
  const levelOf = (spread: Spread | null) => (spread && Number.isInteger(spread.median) ? framework.levels[spread.median - 1]!.id : null);
  return {
    competence: competence.id,
    area: competence.area.id,
    level: levelOf(main),
    value: main?.median ?? null,
    comparisonLevel: levelOf(other),
    comparisonValue: other?.median ?? null,
  };
}

/** The detail of setting the competence at `index` to level `value` (null: not filled in); `profile` is the profile after it. */
export function changeDetail(framework: Framework, index: number, value: number | null, profile: Record<string, string | null>): CompetenceChangeDetail {
  const competence = framework.competences[index]!;
  return {
    competence: competence.id,
    area: competence.area.id,
    level: value === null ? null : framework.levels[value - 1]!.id,
    profile,
  };
}
