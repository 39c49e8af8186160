/**
 * The person's edits to the scenarios: field values, adding, removing (with
 * undo), which card sections are open, and which fields have been left (an
 * empty required field shows its error only after that). The element owns
 * the form and the recalculation; this controller owns what the cards need
 * on top of it, and moves focus where a screen-reader or keyboard user
 * expects it after each step.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import { announce } from '../../primitives/announcer.js';
import type { ResolvedConfig } from './config.types.js';
import { fieldId, referenceScenario, type Evaluation, type FormState, type ScenarioDraft } from './form.js';
import { onceCosts, yearlyCosts } from './model.js';
import type { ScenarioEditing } from './views/scenarios.js';


/** What the editor needs from the element. */
export interface ScenarioEditorOptions {
  form(): FormState;
  /** Replace the form; recalculate now or after the typing pause. */
  edit(form: FormState, immediately?: boolean): void;
  /** Recalculate and announce now (a field was left or a name committed). */
  recalculate(): void;
  resolved(): ResolvedConfig;
  locale(): string;
  nextId(): string;
  /** Runs `translate` in the element's own language. */
  localize<T>(translate: () => T): T;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class ScenarioEditor implements ReactiveController {
  /** Fields the person has left: their "required" errors show from now on. */
  touched: ReadonlySet<string> = new Set();
  private openSections: ReadonlySet<string> = new Set();
  /** The last removed scenario and where it was, for undo. */
  private removed?: { draft: ScenarioDraft; index: number };

  constructor(
    private readonly host: Host,
    private readonly options: ScenarioEditorOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A scenario's name, or its number when the name is empty. */
  displayName(draft: ScenarioDraft, index: number): string {
    return draft.name.trim() || msg(str`Scenario ${index + 1}`);
  }

  /** A new form from outside (a shared link): nothing has been left yet. */
  reset(): void {
    this.touched = new Set();
  }

  /** Keep a section with an error open, also after the error is fixed, so focus never ends up hidden. */
  keepErrorsOpen(evaluation: Evaluation): void {
    this.openSectionsOf([...evaluation.errors.keys()]);
  }

  /** Opens the sections that hold these fields. */
  private openSectionsOf(fields: readonly string[]): void {
    const open = new Set(this.openSections);
    for (const id of fields) {
      const [scenario, field] = [id.slice(0, id.indexOf('-')), id.slice(id.indexOf('-') + 1)];
      if ((yearlyCosts as readonly string[]).includes(field)) open.add(`${scenario}-yearly`);
      if ((onceCosts as readonly string[]).includes(field)) open.add(`${scenario}-end`);
    }
    if (open.size !== this.openSections.size) this.setOpen(open);
  }

  /** A field was left: show its "required" error from now on, and recalculate at once. */
  touch(id: string): void {
    if (!this.touched.has(id)) this.touched = new Set([...this.touched, id]);
    this.options.recalculate();
  }

  /** What the scenario cards change. */
  editing(): ScenarioEditing {
    return {
      openSections: this.openSections,
      removed: this.removed,
      setScenario: (id, key, value, immediately) => this.setScenario(id, key, value, immediately),
      commitName: () => this.options.recalculate(),
      toggleSection: (sectionId, open) => {
        const next = new Set(this.openSections);
        if (open) next.add(sectionId);
        else next.delete(sectionId);
        this.setOpen(next);
      },
      add: () => void this.add(),
      remove: (id) => void this.remove(id),
      restore: () => void this.restore(),
      goToFields: (fields) => {
        // The field may be in a closed section, and its "required" error may not show yet.
        this.touched = new Set([...this.touched, ...fields]);
        this.openSectionsOf(fields);
        this.host.requestUpdate();
        if (fields[0]) void this.focusField(fields[0]);
      },
    };
  }

  private setOpen(open: ReadonlySet<string>): void {
    this.openSections = open;
    this.host.requestUpdate();
  }

  private setScenario(id: string, key: keyof ScenarioDraft, value: string, immediately = false): void {
    const form = this.options.form();
    this.options.edit({ ...form, scenarios: form.scenarios.map((draft) => (draft.id === id ? { ...draft, [key]: value } : draft)) }, immediately);
  }

  private async focusField(id: string, select = false): Promise<void> {
    await this.host.updateComplete;
    const control = this.host.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    control?.focus();
    if (select) control?.select();
  }

  private async add(): Promise<void> {
    const { options } = this;
    const form = options.form();
    const last = form.scenarios.at(-1);
    const name = options.localize(() => msg(str`Scenario ${form.scenarios.length + 1}`));
    const draft = referenceScenario(options.nextId(), 'buy', name, options.resolved(), options.locale());
    // A new scenario usually compares the same fleet: start from the last one's size.
    if (last) Object.assign(draft, { devices: last.devices, ratio: last.ratio });
    this.removed = undefined;
    options.edit({ ...form, scenarios: [...form.scenarios, draft] }, true);
    announce(options.localize(() => msg(str`${name} is toegevoegd.`)));
    await this.focusField(fieldId(draft.id, 'name'), true);
  }

  private async remove(id: string): Promise<void> {
    const form = this.options.form();
    const index = form.scenarios.findIndex((draft) => draft.id === id);
    const draft = form.scenarios[index]!;
    this.removed = { draft, index };
    this.options.edit({ ...form, scenarios: form.scenarios.filter((s) => s.id !== id) }, true);
    announce(this.options.localize(() => msg(str`${this.displayName(draft, index)} is verwijderd.`)));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.undo button')?.focus();
  }

  private async restore(): Promise<void> {
    const { draft, index } = this.removed!;
    const form = this.options.form();
    const scenarios = [...form.scenarios];
    scenarios.splice(Math.min(index, scenarios.length), 0, draft);
    this.removed = undefined;
    this.options.edit({ ...form, scenarios }, true);
    announce(this.options.localize(() => msg(str`${this.displayName(draft, index)} is teruggezet.`)));
    await this.focusField(fieldId(draft.id, 'name'));
  }
}
