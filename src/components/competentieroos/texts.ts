/**
 * The rose's words: the title and file names, levels, spreads and
 * differences, each wedge's accessible name, the summary sentence and the
 * CSV. Pure: no DOM. Call them inside a render or `localize()`, so `msg`
 * translates into the element's locale.
 */
import { buildCsv, csvFormat, type CsvCell } from '../../core/csv.js';
import { numberFormat } from '../../core/intl-format.js';
import { msg, str } from '../../i18n/localize.js';
import type { Locale } from '../../i18n/locales.js';
import { textIn, type Competence, type Framework, type LocalText } from './framework.js';
import { medians, type Labels, type RoseData } from './input.js';
import type { Spread } from './stats.js';
import { summarise } from './summary.js';

/** The rose's title: the page's label, else "Competentieroos". */
export const titleText = (label: string | undefined): string => label || msg('Competentieroos');

/** A file name from the title: lower case, without accents, words joined by hyphens. */
export function fileName(title: string, extension: string): string {
  const base = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'competentieroos'}.${extension}`;
}

/** The difference between two values in levels, when both are there. */
export const difference = (main: Spread | null, other: Spread | null | undefined): number | null =>
  main && other ? main.median - other.median : null;


export interface TextsOptions {
  /** The reader's language, for the framework's texts. */
  readonly locale: Locale;
  /** BCP 47 tag for the number and list formats. */
  readonly intlLocale: string;
  /** Editable mode on one profile: the wedges are sliders. */
  readonly editing: boolean;
  /** The names the page gave. */
  readonly labels: Labels;
}

/** The words for one framework and its data. */
export class RoseTexts {
  constructor(
    readonly framework: Framework,
    readonly data: RoseData,
    private readonly options: TextsOptions,
  ) {}

  text(text: LocalText): string {
    return textIn(text, this.options.locale);
  }

  signed(value: number): string {
    return numberFormat(this.options.intlLocale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
  }

  levelName(value: number): string {
    const level = this.framework.levels[value - 1];
    if (!level) return '';
    const name = this.text(level.name);
    return name && name !== level.id ? `${level.id} ${name}` : level.id;
  }

  /** A level in words; a team's median or quartile may fall between two levels. */
  levelText(value: number | null): string {
    if (value === null) return msg('niet ingevuld');
    if (Number.isInteger(value)) return this.levelName(value);
    return msg(str`tussen ${this.levelName(Math.floor(value))} en ${this.levelName(Math.ceil(value))}`);
  }

  levelShort(value: number): string {
    const levels = this.framework.levels;
    return Number.isInteger(value) ? levels[value - 1]!.id : `${levels[Math.floor(value) - 1]!.id}–${levels[Math.ceil(value) - 1]!.id}`;
  }

  spreadText(spread: Spread): string {
    if (spread.q1 === spread.q3) return this.levelShort(spread.q1);
    return msg(str`${this.levelShort(spread.q1)} tot ${this.levelShort(spread.q3)}`);
  }

  /** What the profile is called: the page's name, the profile's own, else "Team" or "Niveau". */
  mainLabel(): string {
    const main = this.data.main;
    return this.options.labels.profile || main.label || (main.team ? msg('Team') : msg('Niveau'));
  }

  comparisonName(): string {
    return this.options.labels.comparison || this.data.comparison?.label || msg('Vergelijking');
  }

  /** What a wedge is called: competence and area, then (when not editable) its level, spread and comparison. */
  wedgeLabel(competence: Competence): string {
    const data = this.data;
    const main = data.main.spreads[competence.index] ?? null;
    const other = data.comparison?.spreads[competence.index];
    const parts = [`${competence.code} ${this.text(competence.name)} (${this.text(competence.area.name)})`];
    if (!this.options.editing) {
      parts.push(data.main.team ? msg(str`mediaan ${this.levelText(main?.median ?? null)}`) : this.levelText(main?.median ?? null));
      if (data.main.team && main && main.n > 1) parts.push(msg(str`middelste helft ${this.spreadText(main)}, ${main.n} profielen`));
    }
    if (data.comparison) parts.push(`${this.comparisonName()}: ${this.levelText(other?.median ?? null)}`);
    return parts.join(', ');
  }

  /** The sentence naming the strongest and weakest areas (and how the comparison differs). */
  summaryText(): string {
    const framework = this.framework;
    const data = this.data;
    const values = medians(data.main);
    const comparison = data.comparison?.spreads.map((spread) => spread?.median ?? null);
    const summary = summarise(framework, values, comparison);
    // "A, B en C" by a translated joint, not Intl.ListFormat: the page's first Intl object costs about
    // 15 ms (ICU's start), which here fell in the rose's first task (a 105 ms task at 4x slowdown).
    const list = (indexes: readonly number[]) => {
      const names = indexes.map((index) => this.text(framework.areas[index]!.name));
      const last = names.pop()!;
      return names.length ? msg(str`${names.join(', ')} en ${last}`) : last;
    };
    // An area's level in the scale's own names: the nearest level to the mean of its competences
    // (no "3 van 6", and no mean beside a team's medians).
    const around = (index: number) => {
      const mean = summary.scores.find((score) => score.areaIndex === index)!.mean!;
      const level = this.levelShort(Math.min(framework.levels.length, Math.max(1, Math.round(mean))));
      return Number.isInteger(mean) ? level : msg(str`rond ${level}`);
    };
    const parts: string[] = [];
    if (data.main.team) parts.push(msg(str`Per competentie het middelste niveau van ${data.main.count} profielen.`));
    if (summary.filled === 0) {
      parts.push(this.options.editing ? msg('Nog geen niveaus ingevuld. Kies per competentie een niveau.') : msg('Nog geen niveaus ingevuld.'));
    } else if (summary.strongest.length === summary.scores.filter((score) => score.mean !== null).length) {
      parts.push(msg(str`Alle gebieden staan even sterk: ${around(summary.strongest[0]!)}.`));
    } else {
      parts.push(msg(str`Sterkst: ${list(summary.strongest)} (${around(summary.strongest[0]!)}).`));
      parts.push(msg(str`Zwakst: ${list(summary.weakest)} (${around(summary.weakest[0]!)}).`));
    }
    if (summary.filled > 0 && summary.filled < summary.total) parts.push(msg(str`${summary.filled} van ${summary.total} competenties ingevuld.`));
    const compared = summary.comparison;
    if (compared && compared.compared > 0) {
      parts.push(
        msg(str`Tegenover ${this.comparisonName()}: ${compared.higher} hoger, ${compared.lower} lager, ${compared.same} gelijk.`),
      );
    }
    return parts.join(' ');
  }

  /** The table's data as CSV text (header first), in the reader's language and number format. */
  csv(): string {
    const framework = this.framework;
    const data = this.data;
    const team = data.main.team;
    const header: CsvCell[] = [msg('Gebied'), msg('Code'), msg('Competentie'), msg('Waarde'), this.mainLabel()];
    if (team) header.push(msg('Eerste kwartiel'), msg('Derde kwartiel'), msg('Profielen'));
    if (data.comparison) header.push(msg(str`${this.comparisonName()} (waarde)`), this.comparisonName(), msg('Verschil (niveaus)'));
    const rows: CsvCell[][] = [header];
    for (const competence of framework.competences) {
      const main = data.main.spreads[competence.index] ?? null;
      const other = data.comparison?.spreads[competence.index] ?? null;
      const row: CsvCell[] = [
        `${competence.area.code} ${this.text(competence.area.name)}`,
        competence.code,
        this.text(competence.name),
        main?.median ?? null,
        main ? this.levelText(main.median) : '',
      ];
      if (team) row.push(main?.q1 ?? null, main?.q3 ?? null, main?.n ?? 0);
      if (data.comparison) row.push(other?.median ?? null, other ? this.levelText(other.median) : '', difference(main, other));
      rows.push(row);
    }
    return buildCsv(rows, csvFormat(this.options.intlLocale), 2);
  }
}
