/**
 * What the page gave the rose, resolved: the framework (a built-in one by
 * name, loaded on demand, or the page's own), the profile or team and the
 * comparison, from properties or attributes (JSON text) over the
 * `<script type="application/json">` child, with every problem found. Values
 * that do not fit are left out and named; the rest is shown. The problems'
 * wording loads only when there is one, and each is told once in the console.
 */
import type { ReactiveControllerHost } from 'lit';
import { parseJson } from '../../core/data-input.js';
import { JsonChild } from '../../core/json-child.js';
import { WarnOnce } from '../../core/warn-once.js';
import { resolveFramework, showValue, type Framework, type FrameworkResult, type Problem } from './framework.js';
import { defaultPreset, isPresetId, loadPreset, presetFramework, presetIds } from './presets.js';
import { resolveProfiles } from './profiles.js';
import { aggregate, spreadOf, type Spread } from './stats.js';

export type View = 'chart' | 'table';
export const views: readonly View[] = ['chart', 'table'];

const childKeys = ['framework', 'profile', 'profiles', 'comparison', 'label', 'profileLabel', 'comparisonLabel'] as const;
type ChildData = Partial<Record<(typeof childKeys)[number], unknown>>;
const where = '<script type="application/json">';
const childPath = (key: string) => `${where} ${key}`;
const headingLevels = ['2', '3', '4', '5', '6'];

export interface Series {
  /** Per competence (by index): the value, or a team's median and quartiles. */
  readonly spreads: readonly (Spread | null)[];
  /** How many profiles; more than one makes it a team. */
  readonly count: number;
  readonly team: boolean;
  readonly label?: string;
}

export interface RoseData {
  readonly main: Series;
  readonly comparison?: Series;
}

/** The names the page gave (property, else JSON child), if any. */
export interface Labels {
  readonly title?: string;
  readonly profile?: string;
  readonly comparison?: string;
}

/** The element's inputs, as set (attributes arrive as text). */
export interface RoseProperties {
  readonly framework?: unknown;
  readonly profile?: unknown;
  readonly profiles?: unknown;
  readonly comparison?: unknown;
  readonly label?: string;
  readonly profileLabel?: string;
  readonly comparisonLabel?: string;
  readonly view: string;
  readonly editable: boolean;
  readonly headingLevel: string | number;
}

type Host = ReactiveControllerHost & HTMLElement & RoseProperties;

/** Editing applies to one profile, not to a team. */
export const isEditing = (editable: boolean, main: Series | undefined): boolean => editable && !!main && !main.team;

/** Each competence's value (a team's median), by index. */
export const medians = (series: Series | undefined): (number | null)[] => series?.spreads.map((spread) => spread?.median ?? null) ?? [];

/** A data input as a value: JSON text parsed, empty text as nothing. */
function readInput(value: unknown, path: string, problems: Problem[]): unknown {
  if (typeof value !== 'string') return value ?? undefined;
  if (value.trim() === '') return undefined;
  const parsed = parseJson(value);
  if (parsed.ok) return parsed.value;
  problems.push({ path, kind: 'json' });
  return undefined;
}

function series(framework: Framework, input: unknown, path: string, problems: Problem[]): Series {
  if (input === undefined) return { spreads: framework.competences.map(() => null), count: 0, team: false };
  const resolved = resolveProfiles(framework, input, path);
  problems.push(...resolved.problems);
  const team = Array.isArray(input);
  return {
    spreads: aggregate(
      resolved.profiles.map((profile) => profile.values),
      framework.competences.length,
    ),
    count: resolved.profiles.length,
    team,
    ...(!team && resolved.profiles[0]?.label ? { label: resolved.profiles[0].label } : {}),
  };
}

function attributeProblems(host: RoseProperties): Problem[] {
  const problems: Problem[] = [];
  if (!views.includes(host.view as View)) problems.push({ path: 'view', kind: 'one-of', value: showValue(host.view), allowed: views });
  if (!headingLevels.includes(String(host.headingLevel))) {
    problems.push({ path: 'heading-level', kind: 'one-of', value: showValue(String(host.headingLevel)), allowed: headingLevels });
  }
  return problems;
}

/**
 * The host calls `update()` in its `willUpdate`; the input asks the host for
 * an update when something arrives on its own: the JSON child changed, a
 * preset or the problems' wording loaded.
 */
export class RoseInput {
  /** The framework drawn; undefined while it loads or when it cannot be used. */
  framework?: Framework;
  /** A built-in framework is loading. */
  loading = false;
  data?: RoseData;
  problems: readonly Problem[] = [];
  /** The wording of problems, loaded when the first problem needs it. */
  problemWords?: typeof import('./problems.js');

  private readonly json: JsonChild;
  private child: ChildData = {};
  private childProblems: Problem[] = [];
  private frameworkSource: unknown;
  private frameworkProblems: Problem[] = [];
  private profileSource: unknown;
  /** Levels set in editable mode, by competence id (null: not filled in), until the page sets another profile. */
  private edited?: ReadonlyMap<string, number | null>;
  /** The data needs resolving again: the JSON child changed or a preset arrived. */
  private stale = false;
  private started = false;
  private pending?: Promise<void>;
  private wordsLoad?: Promise<typeof import('./problems.js') | undefined>;
  private wordsDone = false;
  private warnings?: WarnOnce;

  constructor(private readonly host: Host) {
    // A site may fill or replace its JSON child after the element upgrades.
    this.json = new JsonChild(host, (text) => {
      this.readChild(text);
      this.stale = true;
      this.host.requestUpdate();
    });
  }

  /** The names the page gave: properties win over the JSON child. */
  get labels(): Labels {
    const { label, profileLabel, comparisonLabel } = this.host;
    return {
      title: label || (typeof this.child.label === 'string' && this.child.label) || undefined,
      profile: profileLabel || (this.child.profileLabel as string | undefined) || undefined,
      comparison: comparisonLabel || (this.child.comparisonLabel as string | undefined) || undefined,
    };
  }

  /** Whether the rose is a self-assessment now: `editable` with one profile. */
  get editing(): boolean {
    return isEditing(this.host.editable, this.data?.main);
  }

  /** What the host still waits for before it is complete: a preset that is loading, or the wording of its problems. */
  get settling(): Promise<unknown> | undefined {
    return this.pending ?? (this.problems.length && this.wordsLoad && !this.wordsDone ? this.wordsLoad : undefined);
  }

  /** Call in the host's `willUpdate`; `changed` says that one of its inputs changed. */
  update(changed: boolean): void {
    if (!this.started) {
      this.started = true;
      if (this.json.read()) this.readChild(this.json.text);
    }
    const frameworkChanged = this.resolveFrameworkSource();
    if (changed || frameworkChanged || this.stale) this.resolveData();
  }

  /** Sets a level in editable mode (null: not filled in) and resolves the data at once, so `value` shows it. */
  edit(competenceId: string, value: number | null): void {
    const edited = new Map(this.edited ?? []);
    edited.set(competenceId, value);
    this.edited = edited;
    this.resolveData();
    this.host.requestUpdate();
  }

  /** Reads the JSON child's text. */
  private readChild(text: string | undefined): void {
    this.child = {};
    this.childProblems = [];
    if (text === undefined) return;
    const parsed = parseJson(text);
    if (!parsed.ok) this.childProblems.push({ path: where, kind: 'json' });
    else if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      this.childProblems.push({ path: where, kind: 'object', value: showValue(parsed.value) });
    } else {
      for (const [key, value] of Object.entries(parsed.value)) {
        if ((childKeys as readonly string[]).includes(key)) this.child[key as keyof ChildData] = value;
        else this.childProblems.push({ path: childPath(key), kind: 'unknown-key', allowed: childKeys });
      }
    }
  }

  /** The framework's source (property, else child, else the default); loads and checks it when it changed. True when it changed. */
  private resolveFrameworkSource(): boolean {
    const framework = this.host.framework;
    const fromProperty = framework !== undefined && framework !== null && framework !== '';
    const source = fromProperty ? framework : (this.child.framework ?? defaultPreset);
    if (source === this.frameworkSource) return false;
    this.frameworkSource = source;
    this.frameworkProblems = [];
    const path = fromProperty ? 'framework' : childPath('framework');
    this.pending = undefined;
    this.loading = false;
    let input: unknown = source;
    if (typeof source === 'string') {
      const text = source.trim();
      if (text.startsWith('{')) {
        const parsed = parseJson(text);
        if (!parsed.ok) return this.applyFramework({ problems: [{ path, kind: 'json' }] });
        input = parsed.value;
      } else if (isPresetId(text)) {
        const preset = loadPreset(text);
        if (preset instanceof Promise) {
          this.loading = true;
          const pending: Promise<void> = preset.then(
            (loaded) => {
              if (this.pending === pending) this.applyFramework({ framework: presetFramework(loaded), problems: [] });
            },
            (error: unknown) => {
              if (this.pending !== pending) return;
              console.error(`[digi-widgets] <${this.host.localName}> could not load the framework "${text}".`, error);
              this.applyFramework({ problems: [{ path, kind: 'preset', value: showValue(text) }] });
            },
          );
          this.pending = pending;
          void pending.finally(() => {
            if (this.pending === pending) {
              this.pending = undefined;
              this.loading = false;
            }
          });
          return true;
        }
        return this.applyFramework({ framework: presetFramework(preset), problems: [] });
      } else {
        return this.applyFramework({ problems: [{ path, kind: 'preset', value: showValue(text), allowed: presetIds }] });
      }
    }
    return this.applyFramework(resolveFramework(input, path));
  }

  private applyFramework({ framework, problems }: FrameworkResult): true {
    this.framework = framework;
    this.frameworkProblems = [...problems];
    this.loading = false;
    this.stale = true;
    this.host.requestUpdate();
    return true;
  }

  private resolveData(): void {
    this.stale = false;
    const host = this.host;
    const problems: Problem[] = [...this.childProblems, ...this.frameworkProblems, ...attributeProblems(host)];
    const framework = this.framework;
    if (!framework) {
      this.data = undefined;
      this.setProblems(problems);
      return;
    }
    const present = (value: unknown) => value !== undefined && value !== null && value !== '';
    // Properties win over the JSON child; a team (profiles) over one profile.
    const [mainSource, mainPath] = (
      [
        [host.profiles, 'profiles'],
        [host.profile, 'profile'],
        [this.child.profiles, childPath('profiles')],
        [this.child.profile, childPath('profile')],
      ] as [unknown, string][]
    ).find(([value]) => present(value)) ?? [undefined, 'profile'];
    if (mainSource !== this.profileSource) {
      // A new profile from the page replaces what was edited before.
      this.profileSource = mainSource;
      this.edited = undefined;
    }
    const mainInput = readInput(mainSource, mainPath, problems);
    const main = series(framework, mainInput, mainPath, problems);
    const comparisonInput = present(host.comparison)
      ? readInput(host.comparison, 'comparison', problems)
      : readInput(this.child.comparison, childPath('comparison'), problems);
    const comparison = comparisonInput === undefined ? undefined : series(framework, comparisonInput, 'comparison', problems);
    if (host.editable && main.team) problems.push({ path: 'editable', kind: 'editable-team' });
    const edited = this.edited;
    if (edited && isEditing(host.editable, main)) {
      const values = framework.competences.map((competence) => (edited.has(competence.id) ? edited.get(competence.id)! : (main.spreads[competence.index]?.median ?? null)));
      this.data = { main: { ...main, spreads: values.map((value) => spreadOf([value])) }, ...(comparison ? { comparison } : {}) };
    } else {
      this.data = { main, ...(comparison ? { comparison } : {}) };
    }
    this.setProblems(problems);
  }

  /** Keeps the problems; their wording (and the console message for developers) loads only when there are any. */
  private setProblems(problems: Problem[]): void {
    this.problems = problems;
    if (!problems.length) return;
    this.wordsLoad ??= import('./problems.js')
      .then(
        (module) => {
          this.problemWords = module;
          this.host.requestUpdate();
          return module;
        },
        (error: unknown) => {
          console.error(`[digi-widgets] <${this.host.localName}> could not load its messages.`, error);
          return undefined;
        },
      )
      .finally(() => (this.wordsDone = true));
    void this.wordsLoad.then((module) => {
      // Once per problem, in English.
      this.warnings ??= new WarnOnce(`[digi-widgets] <${this.host.localName}>`);
      for (const problem of this.problems) this.warnings.warn(module ? module.describeProblem(problem) : `${problem.path}: ${problem.kind}`);
    });
  }
}
